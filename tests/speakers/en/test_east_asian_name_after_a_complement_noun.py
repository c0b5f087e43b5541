"""A name of three East Asian syllables after a title's complement that the run's split already sets apart as a
noun of the role ("Minister for Manpower | Tan See Leng": "Manpower" ends as an agent noun does) is the whole name,
so a later "Dr Tan" is that person. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said_in_en, speakers_in_en


def test_a_surname_first_after_the_complement_noun_is_the_whole_name() -> None:
    paragraphs = (
        "The Minister for Manpower Lim Wei Ming said on Friday that the levy would rise.",
        "“Employers have had a year to prepare,” Dr Lim said.",
    )
    assert speakers_in_en(*paragraphs) == ["Lim Wei Ming", "Lim Wei Ming"]


def test_the_whole_name_before_the_cue_keeps_the_office_as_role() -> None:
    text = "“The levy will rise in July,” said Minister for Manpower Chan Mei Ling."
    assert said_in_en(text) == [("Chan Mei Ling", "Minister for Manpower")]


def test_a_western_name_after_the_same_complement_is_unchanged() -> None:
    paragraphs = (
        "The Minister for Manpower Grace Holt said on Friday that the levy would rise.",
        "“Employers have had a year to prepare,” Ms Holt said.",
    )
    assert speakers_in_en(*paragraphs) == ["Grace Holt", "Grace Holt"]
