""""late" or "early" before a time word after a cue opens a time phrase ("said late Thursday"), not the reported
clause: the report is the clause before the cue, or the clause after the time phrase."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_closing_cue_with_late_weekday_reports_the_clause_before() -> None:
    assert reported("The bridge will stay shut until spring, city engineers said late Tuesday.") == [
        "The bridge will stay shut until spring"
    ]


def test_closing_cue_with_early_on_weekday_reports_the_clause_before() -> None:
    assert reported("The vote will be delayed, party leaders said early on Friday.") == ["The vote will be delayed"]


def test_clause_after_the_time_phrase_is_the_report() -> None:
    assert reported("Okafor said late last week the factory would reopen.") == ["the factory would reopen"]


def test_late_opening_a_noun_phrase_still_reports() -> None:
    assert reported("Okafor said late payments had doubled.") == ["late payments had doubled"]
