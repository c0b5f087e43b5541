"""Whole made-up article pages in languages other than English and Chinese, parsed as a new user would."""

from __future__ import annotations

from cqnews.enrich.dates import read_date
from cqnews.models import DatePrecision


def test_japanese_time_with_kanji_hour_and_minute_is_read_to_the_minute() -> None:
    found = read_date("2024年3月20日 10時30分")
    assert found is not None
    assert (found.value.hour, found.value.minute) == (10, 30)
    assert found.precision is DatePrecision.MINUTE

