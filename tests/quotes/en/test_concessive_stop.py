"""", although …" and ", though …" after a reported clause are the writer's concession: the report stops before
them, and a report inside the concession is its own."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_report_stops_before_although() -> None:
    assert reported("The coast guard said 12 boats had returned, although several crews were still missing.") == [
        "12 boats had returned"
    ]


def test_report_stops_before_though_and_the_second_report_stands() -> None:
    assert reported(
        "The ministry said the dam had held, though local radio later quoted a farmer as saying the fields were flooded."
    ) == ["the dam had held", "the fields were flooded"]


def test_although_without_a_comma_stays_inside() -> None:
    assert reported("Mendes said the talks went well although nothing was signed.") == [
        "the talks went well although nothing was signed"
    ]
