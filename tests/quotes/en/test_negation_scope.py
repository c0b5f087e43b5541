"""A negation negates the cue only in the cue's own clause: "did not say" reports nothing, but in "The plan
did not work, Hale said." the "not" belongs to the reported clause, before the comma. Made-up sentences
only."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_a_negated_clause_before_the_comma_is_reported() -> None:
    assert quotes_found("The plan did not work, Hale said.") == [("indirect", "The plan did not work", "Hale")]


def test_a_negated_clause_before_a_cue_with_a_listener_is_reported() -> None:
    assert quotes_found("The talks did not resume, Hale told reporters.") == [
        ("indirect", "The talks did not resume", "Hale")
    ]


def test_a_negated_cue_still_reports_nothing() -> None:
    assert quotes_found("Hale did not say the plan worked.") == []
    assert quotes_found("The plan failed, and Hale would not say why.") == []
