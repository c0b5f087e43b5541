""""assured", "reiterated", "affirmed", "underscored", "mentioned" report a clause after "that", and nothing
without it (their objects are mostly things: "reiterated his support", "mentioned the weather")."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_assured_that_reports() -> None:
    assert reported("The new coach assured that the squad would stay together next season.") == [
        "the squad would stay together next season"
    ]


def test_reiterated_that_reports() -> None:
    assert reported("The minister reiterated that the tax cut will go ahead in April.") == [
        "the tax cut will go ahead in April"
    ]


def test_underscored_that_reports() -> None:
    assert reported("The governor underscored that no school would close this winter.") == [
        "no school would close this winter"
    ]


def test_reiterated_an_object_reports_nothing() -> None:
    assert reported("The minister reiterated his support for the farmers on Monday.") == []


def test_mentioned_an_object_reports_nothing() -> None:
    assert reported("She mentioned the weather twice during the interview.") == []
