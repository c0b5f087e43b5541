"""An office in capital initials no table lists, then "for", its place and its holder's full name ("MCE for
Ejisu Samuel Oduro") names the holder, the office and its place the role; a body's name joined by "for"
("Transport for London") ends in no person's name. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_initials_for_a_one_word_place_then_the_holder() -> None:
    text = "“The market will reopen next week,” MCE for Bekwai Kofi Asante said."
    assert said(text, "en") == [("Kofi Asante", "MCE for Bekwai")]


def test_initials_for_a_two_word_place_then_the_holder() -> None:
    text = "“The market will reopen next week,” DCE for Bawku East Kofi Asante said."
    assert said(text, "en") == [("Kofi Asante", "DCE for Bawku East")]
