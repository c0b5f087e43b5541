"""A plural title and its body after "for", "of" or "representing" are the object of the phrase before: the people
of that phrase speak ("Lawyers for Justices of the High Court said" gave the name "Justices", role "of the High
Court"). The whole phrase is the role, with no name, as "Lawyers for the High Court said" was. Made-up sentences in
the shape of Kenyan, Ghanaian and Indian court reports."""

from __future__ import annotations

from tests.quote_helpers import said


def test_lawyers_for_justices_of_a_court() -> None:
    text = "Lawyers for Justices of the High Court said the summons was irregular."
    assert said(text, "en") == [(None, "Lawyers for Justices of the High Court")]


def test_representing_after_a_place_set_off() -> None:
    text = "In Nairobi, two advocates representing Judges of the Court of Appeal said the petition was bad in law."
    assert said(text, "en") == [(None, "two advocates representing Judges of the Court of Appeal")]


def test_supporters_of_judges() -> None:
    text = "Supporters of Justices of the Supreme Court said the transfers were unfair."
    assert said(text, "en") == [(None, "Supporters of Justices of the Supreme Court")]


def test_the_title_opening_the_clause_is_unchanged() -> None:
    text = "Justices of the High Court said the summons was irregular."
    assert said(text, "en") == [(None, "Justices of the High Court")]
