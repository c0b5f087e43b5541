"""A surname and a given name of two characters ending in 生 (唐建生, 冯福生), which ends titles and nouns of people
too (学生, 医生), is a person's name: a clause it opens with the copula says a description of that person, so a 他
after it stands for the person named, not for an unnamed one of the description. A word of the dictionary (高中生) or
a surname and an honorific (贾先生) stays as read, as does a word of the dictionary and 生 (师范生)."""

from __future__ import annotations

from cqnews.enrich import segmenter
from cqnews.enrich.speakers.names_zh import person_word
from tests.quote_helpers import speakers


def test_a_party_member_described_then_speaking() -> None:
    assert speakers("唐建生是镇上的老党员。他表示：“入党那天我就发过誓。”") == ["唐建生"]


def test_a_villager_described_then_speaking() -> None:
    assert speakers("冯福生是镇上的种粮大户。他说：“今年每亩多收了两百斤。”") == ["冯福生"]


def test_a_name_ending_in_sheng_is_a_name() -> None:
    assert person_word(segmenter.Token("唐建生", "nr", 0, 3))


def test_a_word_of_the_dictionary_and_an_honorific_are_none() -> None:
    assert not person_word(segmenter.Token("高中生", "nr", 0, 3))
    assert not person_word(segmenter.Token("师范生", "nr", 0, 3))
    assert not person_word(segmenter.Token("贾先生", "nr", 0, 3))
