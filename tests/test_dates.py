"""Date strings in the forms news pages write them."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from cqnews.enrich.dates import CHINA_TZ, parse_date

UTC = timezone.utc


@pytest.mark.parametrize(
    ("text", "chinese", "expected"),
    [
        ("2024-03-05T09:30:00+00:00", False, datetime(2024, 3, 5, 9, 30, tzinfo=UTC)),
        ("2024-03-05T09:30:00Z", False, datetime(2024, 3, 5, 9, 30, tzinfo=UTC)),
        ("2024-03-05T09:30:00.123+08:00", False, datetime(2024, 3, 5, 9, 30, tzinfo=timezone(timedelta(hours=8)))),
        ("2021年05月17日 10:20", True, datetime(2021, 5, 17, 10, 20, tzinfo=CHINA_TZ)),
        ("发布时间：2021-05-17 10:20:33", True, datetime(2021, 5, 17, 10, 20, 33, tzinfo=CHINA_TZ)),
        ("2021/5/7", False, datetime(2021, 5, 7)),
        ("May 17, 2021", False, datetime(2021, 5, 17)),
        ("Updated: 17 May 2021 at 3:45 pm", False, datetime(2021, 5, 17, 15, 45)),
        ("Mon, 17 May 2021 10:20:00 GMT", False, datetime(2021, 5, 17, 10, 20, tzinfo=UTC)),
        ("20210517", False, datetime(2021, 5, 17)),
    ],
)
def test_forms(text: str, chinese: bool, expected: datetime) -> None:
    assert parse_date(text, chinese) == expected


@pytest.mark.parametrize("text", ["5月17日 10:20", "May 17", "yesterday", "", "2021-13-45"])
def test_incomplete_dates_are_not_guessed(text: str) -> None:
    assert parse_date(text, chinese_site=True) is None


def test_naive_outside_chinese_sites() -> None:
    assert parse_date("2021-05-17 10:20").tzinfo is None
