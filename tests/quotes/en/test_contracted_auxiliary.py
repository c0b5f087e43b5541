"""An auxiliary contracted onto a pronoun ("he’d", "she’s", "they're") is the finite verb of the clause told after a
listener ("told reporters he'd support the plan"); an "s" after a noun is its possessive, no verb. Made-up
sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported, said


def test_contracted_would_after_a_named_listener() -> None:
    text = "Mara Voss told the Daily Courier she’d vote for the levy in November."
    assert reported(text) == ["she’d vote for the levy in November"]
    assert said(text, "en") == [("Mara Voss", None)]


def test_contracted_is_after_an_object_listener() -> None:
    assert reported("Tom Reed told reporters he's not planning an appeal of the ruling.") == [
        "he's not planning an appeal of the ruling"
    ]
    assert reported("Tom Reed told Fox News host Ann Lee’s producer on Monday.") == []
