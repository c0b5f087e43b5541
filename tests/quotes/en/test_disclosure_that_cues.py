""""disclosed", "divulged" and "speculated" report a clause after "that", and nothing without it."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_disclosed_that_reports() -> None:
    assert reported("The airline disclosed that two engines had been replaced.") == ["two engines had been replaced"]


def test_speculated_that_reports() -> None:
    assert reported("Neighbours have speculated that the mill will close.") == ["the mill will close"]


def test_disclosed_an_object_reports_nothing() -> None:
    assert reported("The airline disclosed its quarterly losses.") == []
