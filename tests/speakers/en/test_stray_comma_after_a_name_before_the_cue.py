"""A full name alone opening the sentence, then a comma right before the cue and no appositive ("Kevin Otieno, told
reporters: “…”"): the comma is a slip, the name the subject; the cue is not inverted, its listener does not speak.
Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_told_reporters_after_a_stray_comma() -> None:
    assert said_in_en('Kevin Otieno, told reporters: "We expect five thousand runners this year."') == [
        ("Kevin Otieno", None)
    ]


def test_told_reporters_that_after_a_stray_comma() -> None:
    assert said_in_en("Kevin Otieno, told reporters that five thousand runners were expected.") == [
        ("Kevin Otieno", None)
    ]


def test_an_appositive_still_gives_the_role() -> None:
    assert said_in_en('Kevin Otieno, the race organiser, told reporters: "We expect five thousand runners."') == [
        ("Kevin Otieno", "the race organiser")
    ]
