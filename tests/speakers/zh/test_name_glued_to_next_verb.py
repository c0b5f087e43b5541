"""A name jieba's model glued to the verb after it: a whole verb read as the name's end (李丽华梦到/nr), or the
name's last character read with a one-character verb before a particle of aspect (欧阳明/远笑/着). The verb is
given back, and the name is whole.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import said


def words(text: str) -> list[str]:
    return [t.word for t in segmenter.tag(text)]


def test_a_two_character_verb_read_as_the_end_of_a_name() -> None:
    assert words("李丽华梦到儿子回家了")[:2] == ["李丽华", "梦到"]


def test_the_last_character_of_a_name_read_with_a_verb() -> None:
    assert words("欧阳明远笑着说")[:3] == ["欧阳明远", "笑", "着"]


def test_the_name_before_a_glued_verb_speaks() -> None:
    assert said("欧阳明远笑着说：“没问题。”") == [("欧阳明远", None)]


def test_a_name_before_a_dictionary_verb_is_untouched() -> None:
    assert words("张建国看到新闻")[:2] == ["张建国", "看到"]
