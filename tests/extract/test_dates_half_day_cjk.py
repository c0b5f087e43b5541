"""The half of the day written before the clock in Chinese, Japanese and Korean dates ("下午3:05", "午後3時5分",
"오후 3:05"), and a Korean date's full stop after its day ("2026.09.17. 오후 3:05").

Every value is made up; each expected time is read off the string.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from cqnews.enrich.dates import read_date
from cqnews.models import DatePrecision


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
