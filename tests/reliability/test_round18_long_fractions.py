"""Round 18 (Session 60): a time whose seconds carry more than nine fraction digits
("2026-03-05T14:00:00.1234567891234Z", written by some exporters) lost its zone and came out naive. Made-up page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import cqnews
from cqnews.enrich.dates import parse_date


def test_many_fraction_digits_keep_the_zone() -> None:
    assert parse_date("2026-03-05T14:00:00.1234567891234Z") == datetime(2026, 3, 5, 14, 0, tzinfo=UTC)
    assert parse_date("2026-03-05T14:00:00.12345678912+02:00") == datetime(
        2026, 3, 5, 14, 0, tzinfo=timezone(timedelta(hours=2))
    )


def test_a_page_with_a_long_fraction_has_a_zoned_date() -> None:
    page = (
        "<html><head><title>Quay</title>"
        "<meta property='article:published_time' content='2026-03-05T14:00:00.1234567891234Z'></head>"
        "<body><article><h1>Quay</h1><p>The harbour board will rebuild the north quay next spring, its chair"
        " told a meeting of fishermen on Tuesday evening.</p></article></body></html>"
    )
    published = cqnews.parse(page).published
    assert published is not None
    assert published.utcoffset() == timedelta(0)
