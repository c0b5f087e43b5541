"""A "that" after "so …" or "such …" opens a clause of result, not what the cue reports."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_so_adjective_that_reports_nothing() -> None:
    assert quotes_found("Many tenants feel so ignored that they will vote for anyone who promises repairs.") == []


def test_such_that_reports_nothing() -> None:
    assert quotes_found("Many owners fear such losses that they have sold their boats.") == []
