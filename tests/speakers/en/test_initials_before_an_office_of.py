"""A party's or body's initials before a noun of an office and its "of" ("the NPP Member of Parliament", no name
after it) are part of the description, as "the Member of Parliament" is: the body after "of" does not speak.
Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_party_initials_before_member_of_parliament() -> None:
    text = "“The levy will hurt traders,” the NDC Member of Parliament said."
    assert said(text, "en") == [(None, "the NDC Member of Parliament")]


def test_party_initials_before_member_of_parliament_for_a_place() -> None:
    text = "“The levy will hurt traders,” the NDC Member of Parliament for Bekwai said."
    assert said(text, "en") == [(None, "the NDC Member of Parliament for Bekwai")]
