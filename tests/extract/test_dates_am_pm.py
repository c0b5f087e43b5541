"""A date the email parser reads ("Nov 20, 2019 01:41 PM IST") keeps the half of the day it writes: 1:41 PM is
13:41, not 01:41. Made-up lines; each expected time is read off the line."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from cqnews.enrich.dates import read_date


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Mar 5, 2026 01:41 PM", datetime(2026, 3, 5, 13, 41)),
        ("Thu, 5 Mar 2026 12:05 AM", datetime(2026, 3, 5, 0, 5)),
        ("5 Mar 2026 12:30 PM", datetime(2026, 3, 5, 12, 30)),
        ("Mar 5, 2026 9:15 p.m.", datetime(2026, 3, 5, 21, 15)),
        ("5 Mar 2026 01:41 PM GMT", datetime(2026, 3, 5, 13, 41, tzinfo=UTC)),
    ],
)
def test_the_half_of_the_day_after_the_clock(line: str, expected: datetime) -> None:
    found = read_date(line)
    assert found is not None
    assert found.value == expected
    assert found.value.tzinfo == expected.tzinfo
