"""A time written with a full stop after the Nordic and Finnish clock words ("kl. 14.25", "klo 9.05") is a time to
the minute, not a day. Made-up values read off the strings."""

from __future__ import annotations

from datetime import datetime

import pytest

from cqnews.enrich.dates import read_date
from cqnews.models import DatePrecision


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7. juni 2023 kl. 14.25", datetime(2023, 6, 7, 14, 25)),
        ("Publisert 07.06.2023 kl. 14.25", datetime(2023, 6, 7, 14, 25)),
        ("7. juni 2023 kl 08.40", datetime(2023, 6, 7, 8, 40)),
        ("7.6.2023 klo 9.05", datetime(2023, 6, 7, 9, 5)),
    ],
)
def test_a_dotted_time_after_a_clock_word_is_read_to_the_minute(text: str, expected: datetime) -> None:
    found = read_date(text)
    assert found is not None
    assert (found.value, found.precision) == (expected, DatePrecision.MINUTE)


def test_a_dotted_number_that_is_no_clock_leaves_the_day() -> None:
    found = read_date("07.06.2023 kl. 31.75")
    assert found is not None
    assert (found.value, found.precision) == (datetime(2023, 6, 7), DatePrecision.DAY)
