"""A short clause before a closing "…, according to X." is reported when it holds a verb of its own;
a noun phrase there is not. Sentences are made up."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_a_verb_taking_an_infinitive_makes_a_short_clause() -> None:
    assert quotes_found("Residents plan to appeal, according to organizer Dana Lee.") == [
        ("indirect", "Residents plan to appeal", "Dana Lee")
    ]


def test_an_auxiliary_makes_a_short_clause() -> None:
    assert quotes_found("Fares will rise, according to Tom Hale.") == [("indirect", "Fares will rise", "Tom Hale")]


def test_a_past_form_makes_a_short_clause() -> None:
    assert quotes_found("The mill closed, according to Rosa Vint.") == [("indirect", "The mill closed", "Rosa Vint")]


def test_a_short_noun_phrase_reports_nothing() -> None:
    assert quotes_found("More than 200 arrests, according to Rosa Vint.") == []
    assert quotes_found("The injured workers, according to Rosa Vint.") == []


def test_an_irregular_past_makes_a_short_clause() -> None:
    assert quotes_found("Fares went up, according to Tom Hale.") == [("indirect", "Fares went up", "Tom Hale")]
