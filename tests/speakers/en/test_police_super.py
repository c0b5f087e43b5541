"""A district's superintendent of police on Bangladeshi pages is the "Police Super" ("Police Super (SP) Saiful
Islam"): the two words are the role, never "Super" opening the name. Made-up sentences in the shape of
Bangladeshi reports."""

from __future__ import annotations

from tests.quote_helpers import said


def test_police_super_with_its_initials_in_brackets() -> None:
    text = "Chattogram: Police Super (SP) Rezaul Karim said the suspects were detained overnight."
    assert said(text, "en") == [("Rezaul Karim", "Police Super")]


def test_police_super_after_the_district() -> None:
    text = "Sylhet Police Super Nasrin Akter said a case had been filed with the local police station."
    assert said(text, "en") == [("Nasrin Akter", "Sylhet Police Super")]


def test_police_super_after_an_inverted_cue() -> None:
    text = "“The situation is under control,” said Police Super Mohammad Rafiq."
    assert said(text, "en") == [("Mohammad Rafiq", "Police Super")]
