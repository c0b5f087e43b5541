"""A word of manner of two characters (当面, 当场) jieba cuts in two, its first character glued to the name before
it (李华当/面对): the name ends before the word of manner. Every sentence is made up; each expected name is read off
the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def _names(text: str) -> list[str | None]:
    return [name for name, _role in said(text)]


def test_face_to_face_cut_after_the_name() -> None:
    assert _names("李华当面对他说：“明天开会。”") == ["李华"]


def test_name_before_a_whole_word_of_manner_is_unchanged() -> None:
    assert _names("刘强当场表示：“我们马上整改。”") == ["刘强"]
