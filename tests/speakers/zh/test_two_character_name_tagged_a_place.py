"""A name of two characters the segmenter's model makes up and tags a place (黄建/ns: a surname, then a character,
no word of the dictionary) is a person a later 他 stands for; a place the dictionary holds (黄山) is not. Every
sentence is made up; each expected speaker is read off the sentences."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_pronoun_in_the_next_sentence_goes_to_the_member_named_before() -> None:
    assert speakers_in("市政协委员黄建今年提交了一份关于养老的提案。他说：“老龄化是每个家庭都要面对的问题。”") == ["黄建"]


def test_pronoun_in_the_next_paragraph() -> None:
    names = speakers_in("政协委员黄建今年提交了一份提案。", "“希望政府能加大投入。”他补充道。")
    assert names == ["黄建"]
