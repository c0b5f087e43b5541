"""The letters of a member or fellow of a royal college written right after a name without a comma ("Dr Ruairí Blake
MRCPI", "Mr Ian Coe FRCSI", "Dr Ann Lee MRCGP") are no word of the name; a later "Dr Blake" is the same person.
Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import parsed_speakers


def test_member_letters_then_the_surname() -> None:
    text = (
        "Dr Ruairí Blakemore MRCPI said the clinic had seen 300 patients in a week. "
        "“Most of them could have gone to a pharmacy,” Dr Blakemore said."
    )
    assert parsed_speakers(text) == ["Ruairí Blakemore", "Ruairí Blakemore"]


def test_fellow_letters_with_a_lower_case_tail() -> None:
    text = "Professor Helena Quist FRCPath said the samples had been tested twice."
    assert parsed_speakers(text) == ["Helena Quist"]


def test_general_practitioner_letters() -> None:
    text = "Dr Owen Pritchard MRCGP said the surgery had no locum cover."
    assert parsed_speakers(text) == ["Owen Pritchard"]
