"""The time of day on a date line is read as written. A 12-hour clock keeps its half of the day ("Nov 20, 2019
01:41 PM IST": 1:41 PM is 13:41, not 01:41); a time written with a full stop after the Nordic and Finnish clock
words ("kl. 14.25", "klo 9.05") is a time to the minute, not a day. The half of the day written before the clock in
Chinese, Japanese and Korean dates ("下午3:05", "午後3時5分", "오후 3:05") is read too, and a Korean date's full stop
after its day ("2026.09.17. 오후 3:05"). Made-up lines; each expected time is read off the line."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from cqnews.enrich.dates import read_date
from cqnews.models import DatePrecision


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026年9月17日 下午3:05", datetime(2026, 9, 17, 15, 5)),
        ("2026年9月17日 上午9:40", datetime(2026, 9, 17, 9, 40)),
        ("2026年9月17日 午後3時5分", datetime(2026, 9, 17, 15, 5)),
        ("2026年9月17日 午前11時30分", datetime(2026, 9, 17, 11, 30)),
        ("기사입력 2026.09.17. 오후 3:05", datetime(2026, 9, 17, 15, 5)),
        ("2026.09.17. 오전 8:15", datetime(2026, 9, 17, 8, 15)),
        ("2026年9月17日 下午12:30", datetime(2026, 9, 17, 12, 30)),
    ],
)
def test_the_half_of_the_day_before_the_clock(text: str, expected: datetime) -> None:
    found = read_date(text)
    assert found is not None
    assert (found.value, found.precision) == (expected, DatePrecision.MINUTE)
