"""A clause of its own after ", while" or ", whereas" (a subject, then its finite verb) sets another party's side
against the report: the report ends before it. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_while_and_another_party_ends_the_report() -> None:
    assert reported(
        "The haulage firm said it would appeal the fine, while the drivers' union welcomed the ruling."
    ) == ["it would appeal the fine"]


def test_while_and_a_possessive_subject_ends_the_report() -> None:
    assert reported("The rugby club said the winger was fit to play, while his agent was less certain.") == [
        "the winger was fit to play"
    ]


def test_while_as_a_time_without_a_comma_stays_in_the_report() -> None:
    assert reported("The ferry operator said fares would stay the same while the pier was repaired.") == [
        "fares would stay the same while the pier was repaired"
    ]


def test_even_as_and_a_clause_of_its_own_stops_the_report() -> None:
    assert reported(
        "The District Collector said the drain would be desilted by June, even as the traders protested."
    ) == ["the drain would be desilted by June"]


def test_even_as_without_a_comma_stays_in_the_report() -> None:
    assert reported("The coach said the side played well even as it lost.") == ["the side played well even as it lost"]
