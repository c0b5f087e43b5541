"""A capitalised office with its body ("the Director of Public Works") set off before its holder's full name is the
holder's role: the holder speaks, not the body's words read as a name. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en, texts_in


def test_according_to_a_director_then_a_titled_holder() -> None:
    text = "According to the Director of Public Works, Mr. Kofi Mensah, the road will be reopened next week."
    assert said_in_en(text) == [("Kofi Mensah", "the Director of Public Works")]
    assert texts_in(text, language="en") == ["the road will be reopened next week"]


def test_inverted_cue_then_a_director_and_holder() -> None:
    assert said_in_en('"The road opens next week," said the Director of Public Works, Kofi Mensah.') == [
        ("Kofi Mensah", "the Director of Public Works")
    ]
