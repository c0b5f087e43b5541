"""A date line that names its zone by an abbreviation after the time ("10:20 IST", "10:20 AM WAT") gives a time in
that zone, not a time without one. Made-up lines and pages; each offset is the zone's own."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import cqnews
from cqnews.enrich.dates import read_date


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("5 March 2026 | 10:20 IST", datetime(2026, 3, 5, 10, 20, tzinfo=timezone(timedelta(hours=5, minutes=30)))),
        ("March 5, 2026 10:20 PKT", datetime(2026, 3, 5, 10, 20, tzinfo=timezone(timedelta(hours=5)))),
        ("Thursday 5 March 2026 - 10:20 SAST", datetime(2026, 3, 5, 10, 20, tzinfo=timezone(timedelta(hours=2)))),
        ("05.03.2026 10:20 (EAT)", datetime(2026, 3, 5, 10, 20, tzinfo=timezone(timedelta(hours=3)))),
        ("5 March 2026 at 3:05 pm WAT", datetime(2026, 3, 5, 15, 5, tzinfo=timezone(timedelta(hours=1)))),
    ],
)
def test_a_zone_abbreviation_after_the_time(line: str, expected: datetime) -> None:
    found = read_date(line)
    assert found is not None
    assert found.value == expected
    assert found.value.utcoffset() == expected.utcoffset()


def test_a_lower_case_word_after_the_time_is_no_zone() -> None:
    found = read_date("5 March 2026 10:20 cat show")
    assert found is not None
    assert found.value.tzinfo is None


def test_a_page_with_ist_published_and_updated_lines() -> None:
    page = (
        "<html><head><title>Metro line approved</title></head><body><h1>Metro line approved</h1>"
        '<p class="byline">By Kavya Reddy</p><p class="pub-date">Published: Mar 04, 2026, 21:05 IST</p>'
        "<p>The Union cabinet on Wednesday approved the second phase of the city's metro rail project.</p>"
        "<p>The new line will link the airport with the old city and is expected to open in four years.</p>"
        "</body></html>"
    )
    published = cqnews.parse(page).published
    assert published is not None
    assert published.isoformat() == "2026-03-04T21:05:00+05:30"
