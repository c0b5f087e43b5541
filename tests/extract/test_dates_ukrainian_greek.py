"""Dates written with Ukrainian and Greek month names ("5 березня 2024", "5 Μαρτίου 2024"), as text and as a page's
shown date, and their "published" labels ("Опубліковано", "Δημοσίευση")."""

from __future__ import annotations

from datetime import datetime

import pytest

import cqnews
from cqnews.enrich.dates import read_date
from cqnews.models import DatePrecision

_PROSE = "<p>" + "The town council voted on the new rules for parking in the old quarter on Monday evening. " * 4 + "</p>"


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("5 березня 2024", datetime(2024, 3, 5), DatePrecision.DAY),
        ("Опубліковано 17 листопада 2023, 08:40", datetime(2023, 11, 17, 8, 40), DatePrecision.MINUTE),
        ("12 Αυγούστου 2022", datetime(2022, 8, 12), DatePrecision.DAY),
        ("Δημοσίευση: 3 Μαΐου 2021, 19:05", datetime(2021, 5, 3, 19, 5), DatePrecision.MINUTE),
    ],
)
def test_ukrainian_and_greek_month_names_are_read(text: str, expected: datetime, precision: DatePrecision) -> None:
    found = read_date(text)
    assert found is not None
    assert (found.value, found.precision) == (expected, precision)


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        ("<p>Опубліковано 17 листопада 2023, 08:40</p>", datetime(2023, 11, 17, 8, 40)),
        ("<span class='post-date'>12 Αυγούστου 2022</span>", datetime(2022, 8, 12)),
    ],
)
def test_a_ukrainian_or_greek_date_the_page_shows_is_the_published_date(shown: str, expected: datetime) -> None:
    page = f"<html><body><article><h1>New rules</h1>{shown}{_PROSE}</article></body></html>"
    assert cqnews.parse(page).published == expected
