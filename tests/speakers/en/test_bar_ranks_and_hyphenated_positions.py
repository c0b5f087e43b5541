"""The senior ranks of the bar ("Senior Counsel Paul Mwangi", "Senior Advocate Ravi Menon") and a player's position
written with a hyphen ("Full-back Ciaran Walsh", "Scrum-half Tom Kerr") stand before the name as titles do: the role,
never the name's first word. Made-up sentences in the shapes of Kenyan and Indian court reports and Irish and
Scottish match reports."""

from __future__ import annotations

from tests.quote_helpers import said


def test_senior_counsel_is_the_role() -> None:
    text = "Senior Counsel Paul Mwangi said his client had been denied a fair hearing."
    assert said(text, "en") == [("Paul Mwangi", "Senior Counsel")]


def test_senior_advocate_is_the_role() -> None:
    text = "Senior Advocate Ravi Menon told the bench that the petition was premature."
    assert said(text, "en") == [("Ravi Menon", "Senior Advocate")]


def test_a_hyphenated_position_opening_the_sentence_is_the_role() -> None:
    text = "Full-back Ciaran Walsh added: “That's the best we've played all year.”"
    assert said(text, "en") == [("Ciaran Walsh", "Full-back")]


def test_a_hyphenated_position_after_the_quote_is_the_role() -> None:
    text = "“We kept our shape for eighty minutes,” said scrum-half Tom Kerr."
    assert said(text, "en") == [("Tom Kerr", "scrum-half")]
