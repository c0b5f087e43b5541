"""A time written before its date (seventeenth reliability round, its leftovers).

Dates were read with their time when the time came after the date ("20 November 2019, 14:05"); a page (or its
JSON-LD) that writes the time first ("01:38:07 PM IST Nov 20, 2019", "14:05, 20 November 2019", "10:30 | 12.03.2024")
gave the day alone. The time before the date is read now, with the zone abbreviation after it (the table the times
after a date use; "GMT" and "UTC" too).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

import cqnews
from cqnews.enrich.dates import read_date
from cqnews.models import DatePrecision
from tests.ld_page import ld_page

_IST = timezone(timedelta(hours=5, minutes=30))


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("01:38:07 PM IST Nov 20, 2019", datetime(2019, 11, 20, 13, 38, 7, tzinfo=_IST), DatePrecision.SECOND),
        ("14:05, 20 November 2019", datetime(2019, 11, 20, 14, 5), DatePrecision.MINUTE),
        ("10:30 | 12.03.2024", datetime(2024, 3, 12, 10, 30), DatePrecision.MINUTE),
        ("9:05 am, 3 March 2024", datetime(2024, 3, 3, 9, 5), DatePrecision.MINUTE),
        ("14:05 Uhr, 20. November 2019", datetime(2019, 11, 20, 14, 5), DatePrecision.MINUTE),
        ("Updated 14:05 GMT, 20 November 2019", datetime(2019, 11, 20, 14, 5, tzinfo=UTC), DatePrecision.MINUTE),
        ("18:45 - 30/11/2019", datetime(2019, 11, 30, 18, 45), DatePrecision.MINUTE),
    ],
)
def test_the_time_before_the_date_is_read(text: str, value: datetime, precision: DatePrecision) -> None:
    found = read_date(text)
    assert found is not None
    assert (found.value, found.precision) == (value, precision)


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("20 November 2019, 14:05", datetime(2019, 11, 20, 14, 5), DatePrecision.MINUTE),  # (after, as before)
        ("25:70, 20 November 2019", datetime(2019, 11, 20), DatePrecision.DAY),  # no clock: the day alone
        ("14:05, 20 November 2019 16:10", datetime(2019, 11, 20, 16, 10), DatePrecision.MINUTE),
    ],
)
def test_other_shapes_read_as_before(text: str, value: datetime, precision: DatePrecision) -> None:
    found = read_date(text)
    assert found is not None
    assert (found.value, found.precision) == (value, precision)


def test_a_json_ld_date_with_its_time_first() -> None:
    story = {"@type": "NewsArticle", "headline": "Ferry fares frozen", "datePublished": "01:38:07 PM IST Nov 20, 2019"}
    page = ld_page(story, "The ferry company froze its fares for the winter, its chief said on Wednesday morning.")
    article = cqnews.parse(page, url="https://news.example/ferry-fares")
    assert article.published == datetime(2019, 11, 20, 13, 38, 7, tzinfo=_IST)
