"""Verbs of saying that report only with "that" after them: "clarified", "demanded", "submitted" (as court copy
writes a counsel's argument) and "signalled". Without "that" they report nothing ("demanded a refund", "submitted
a report"). Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported, reported_said


def test_clarified_that() -> None:
    text = "The Ministry of Education clarified that no school fees would be charged in public schools."
    assert reported_said(text) == [
        ("no school fees would be charged in public schools", "The Ministry of Education", None)
    ]


def test_submitted_that_in_court_copy() -> None:
    text = "Counsel for the petitioner submitted that the notice had been served after the deadline."
    assert reported(text) == ["the notice had been served after the deadline"]


def test_demanded_that() -> None:
    text = "The nurses' union demanded that the arrears be paid before the end of the month."
    assert reported(text) == ["the arrears be paid before the end of the month"]


def test_signalled_that() -> None:
    text = "The central bank signalled that interest rates would stay on hold until June."
    assert reported(text) == ["interest rates would stay on hold until June"]


def test_no_report_without_that() -> None:
    assert reported("The contractor submitted a revised bid for the Thika road.") == []
    assert reported("Passengers demanded a refund after the flight was cancelled.") == []
