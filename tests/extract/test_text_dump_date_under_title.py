"""A text dump's date line under its title ("June 3, 2024", "Published 03/06/2024 10:15") is no headline:
the title above it is, and the line is the published date (the dump declares no other)."""

from __future__ import annotations

from datetime import date

import pytest

import cqnews

BODY = (
    "The regional council voted on Tuesday to extend the night bus network to the three largest suburbs.\n\n"
    '"People who work late deserve a way home," said Clara Finch, who chairs the transport committee.\n'
)


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("Night buses to reach the suburbs\n\nJune 3, 2024\n\n", date(2024, 6, 3)),
        ("Night buses to reach the suburbs\n\nBy Owen Hale\n\nTuesday, 4 June 2024, 10:15\n\n", date(2024, 6, 4)),
    ],
    ids=["date", "byline-then-date-and-time"],
)
def test_the_title_above_a_date_line_is_the_headline(head: str, day: date) -> None:
    article = cqnews.parse_text(head + BODY)
    assert article.headline == "Night buses to reach the suburbs"
    assert article.published is not None and article.published.date() == day


def test_a_title_that_holds_a_year_stays_the_headline() -> None:
    article = cqnews.parse_text("Council sets out its budget for 2025 after long talks\n\n" + BODY)
    assert article.headline == "Council sets out its budget for 2025 after long talks"
