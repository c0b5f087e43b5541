"""A person's name, then "of" and a body whose capitalised name opens with no given name and holds no word that
marks an organisation ("Sara Odell of the Daily Ledger wrote: “…”", "Karl Mendel of the Lutheran Synod told
reporters, “…”"): the person speaks and the "of" phrase is the role; the body is no person. A title written with
"of" before the name and a place after it keep their readings. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_person_of_the_body_before_the_cue() -> None:
    text = "After the vote, Sara Odell of the Daily Ledger wrote: “What have they done to us?”"
    assert said(text, "en") == [("Sara Odell", "of the Daily Ledger")]


def test_person_of_a_body_with_modifiers_and_a_place() -> None:
    text = "However, as Bishop Karl Mendel of the Lutheran Synod of Ohio told reporters, “We have waited long enough.”"
    assert said(text, "en") == [("Karl Mendel", "Bishop of the Lutheran Synod of Ohio")]
    text = "Columnist Nora Vance of the pro-union Harbor Ledger warned, “They will regret it.”"
    assert said(text, "en") == [("Nora Vance", "Columnist of the pro-union Harbor Ledger")]


def test_person_of_a_body_without_the() -> None:
    text = "Peter Lanning of Ravenwood Outlook wrote: “This was a night to forget.”"
    assert said(text, "en") == [("Peter Lanning", "of Ravenwood Outlook")]


def test_titles_and_places_keep_their_reading() -> None:
    assert said("“Not yet,” said Secretary of State Tom Reed.", "en") == [("Tom Reed", "Secretary of State")]
    assert said("“Not yet,” said Mayor Tom Reed of Springfield.", "en") == [("Tom Reed", "Mayor of Springfield")]
