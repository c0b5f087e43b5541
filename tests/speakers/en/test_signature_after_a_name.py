"""A capitalised role set off after a name and followed by more capitalised segments up to the sentence's end is a
signature ("said Ann Cole, Regional Director, Midwest Operations, Brixley Mills."): the segments together are the
role, not its first part alone. A day is no part of it. Found by a probe of made-up sentences. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_signature_of_three_parts() -> None:
    text = "“The plant will open in June,” said Ann Cole, Regional Director, Midwest Operations, Brixley Mills."
    assert said(text, "en") == [("Ann Cole", "Regional Director, Midwest Operations, Brixley Mills")]


def test_title_with_of_then_the_company() -> None:
    text = "“The plant will open in June,” said Ann Cole, Vice President of Sales, Brixley Mills Inc."
    assert said(text, "en") == [("Ann Cole", "Vice President of Sales, Brixley Mills Inc.")]


def test_a_day_is_no_part() -> None:
    assert said("“The plant will open in June,” said Ann Cole, Chief Executive, Monday.", "en") == [
        ("Ann Cole", "Chief Executive")
    ]


def test_a_lower_case_role_is_unchanged() -> None:
    assert said("“The plant will open in June,” said Ann Cole, a teacher, Leeds.", "en") == [("Ann Cole", "a teacher")]
