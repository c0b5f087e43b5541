"""An American zone after a time in a date line (nineteenth reliability round, second part): "7:15 a.m. CT", "ET",
"PT", "MT" and "EST", or "CST" after an a.m./p.m. clock, were ignored where the date came after the time or the
email parser did not read the line, and the time was left without a zone. ET/CT/MT/PT take the offset in force on
the date (America/New_York, Chicago, Denver, Los_Angeles); EST and the daylight times are fixed; CST on a 24-hour
clock stays unread (a Chinese page's Java-printed dates write it for China time). Made-up date lines."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from cqnews.enrich.dates import parse_date


def _offset(hours: int) -> timezone:
    return timezone(timedelta(hours=hours))


@pytest.mark.parametrize(
    ("line", "hours"),
    [
        ("Published 7:15 a.m. CT March 4, 2026", -6),
        ("March 4, 2026 at 7:15 a.m. CT", -6),
        ("Updated 9:40 p.m. ET July 14, 2026", -4),  # (daylight time in July)
        ("Posted 11:05 a.m. ET Jan. 9, 2026", -5),
        ("March 4, 2026 | 10:20 PT", -8),
        ("Aug. 2, 2026 6:30 a.m. MT", -6),
        ("7:15 a.m. EST March 4, 2026", -5),
        ("Updated 7:15 a.m. CST, March 4, 2026", -6),
    ],
)
def test_an_american_zone_after_the_time_is_read(line: str, hours: int) -> None:
    found = parse_date(line)
    assert found is not None
    assert found.utcoffset() == timedelta(hours=hours)


def test_the_wall_time_is_kept() -> None:
    assert parse_date("Published 7:15 a.m. CT March 4, 2026") == datetime(2026, 3, 4, 7, 15, tzinfo=_offset(-6))


def test_cst_on_a_24_hour_clock_is_not_read_as_central_time() -> None:
    found = parse_date("2026年3月4日 09:30 CST")
    assert found is not None and found.tzinfo is None
