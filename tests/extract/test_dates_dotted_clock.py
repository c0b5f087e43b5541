"""A time written with a full stop after a date with a month name ("Tue 3 Mar 2026 21.30 GMT", the
Guardian's form) is a time to the minute, not a day. Made-up values read off the strings."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from cqnews.enrich.dates import read_date
from cqnews.models import DatePrecision


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tue 3 Mar 2026 21.30 GMT", datetime(2026, 3, 3, 21, 30, tzinfo=UTC)),
        ("3 Mar 2026 21.30", datetime(2026, 3, 3, 21, 30)),
        ("3 March 2026 09.05", datetime(2026, 3, 3, 9, 5)),
    ],
)
def test_a_dotted_time_after_a_written_date_is_read_to_the_minute(text: str, expected: datetime) -> None:
    found = read_date(text)
    assert found is not None
    assert (found.value, found.precision) == (expected, DatePrecision.MINUTE)
