"""A count with "at least" / "at most" right after the cue opens the reported clause, as "about 40" does ("said at
least 20 people died"); a comma inside the number ("3,000") does not break its noun phrase. "at" before anything
else stays an adverbial. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_at_least_a_count_opens_the_clause() -> None:
    assert reported("Rescuers said at least nine climbers were still missing.") == [
        "at least nine climbers were still missing"
    ]


def test_count_with_a_thousands_comma() -> None:
    assert reported("Officials said at least 4,500 homes had lost power.") == ["at least 4,500 homes had lost power"]


def test_about_a_count_with_a_thousands_comma() -> None:
    assert reported("The council said about 1,200 trees were felled.") == ["about 1,200 trees were felled"]


def test_at_most_a_count() -> None:
    assert reported("Organisers said at most 300 runners would start.") == ["at most 300 runners would start"]
