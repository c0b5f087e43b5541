"""A name of two characters the segmenter's model makes up and tags a place (黄建/ns: a surname, then a character,
no word of the dictionary) is a person a later 他 stands for; a place the dictionary holds (黄山) is not. Every
sentence is made up; each expected speaker is read off the sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _names(*paragraphs: str) -> list[str | None]:
    quotes = find_quotes([Block(text=p) for p in paragraphs], "zh")
    return [q.speaker.name if q.speaker else None for q in quotes]


def test_pronoun_in_the_next_sentence_goes_to_the_member_named_before() -> None:
    assert _names("市政协委员黄建今年提交了一份关于养老的提案。他说：“老龄化是每个家庭都要面对的问题。”") == ["黄建"]


def test_pronoun_in_the_next_paragraph() -> None:
    names = _names("政协委员黄建今年提交了一份提案。", "“希望政府能加大投入。”他补充道。")
    assert names == ["黄建"]
