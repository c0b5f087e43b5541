"""A JSON-LD date written as a Unix time in a string of digits (seventeenth reliability round).

Round 16 read ``"datePublished": 1620122400`` (a JSON number) as a Unix time, but the same time in quotes
(``"1620122400"``, as CMSs that write every value as a string give it) was left out without a word: the ISO 8601
reader found no date in it. A string of 9 to 13 digits naming a moment from 1990 to a year after now, in seconds or
else milliseconds, is now read as that moment in UTC; other digit strings are read as before (``"20210504"`` is an
ISO 8601 basic date).
"""

from __future__ import annotations

from datetime import UTC, datetime

import cqnews
from tests.ld_page import ld_page


def _page(published: object, modified: object = None) -> str:
    story: dict[str, object] = {"@type": "NewsArticle", "headline": "Night bus returns", "datePublished": published}
    if modified is not None:
        story["dateModified"] = modified
    return ld_page(
        story,
        "The night bus between the station and the hospital runs again from Monday, the transport board said after "
        "a vote on Thursday evening.",
        h1="Night bus returns",
    )


def test_seconds_in_a_string_are_read_as_utc() -> None:
    article = cqnews.parse(_page("1656669600", modified=" 1656673200 "))
    assert article.published == datetime(2022, 7, 1, 10, 0, tzinfo=UTC)
    assert article.updated == datetime(2022, 7, 1, 11, 0, tzinfo=UTC)


def test_milliseconds_in_a_string_are_read_as_utc() -> None:
    article = cqnews.parse(_page("1656669600000"))
    assert article.published == datetime(2022, 7, 1, 10, 0, tzinfo=UTC)


def test_basic_iso_dates_stay_dates() -> None:
    assert cqnews.parse(_page("20220701")).published == datetime(2022, 7, 1)
    assert cqnews.parse(_page("202207011000")).published == datetime(2022, 7, 1, 10, 0)


def test_digits_out_of_range_are_no_time() -> None:
    for text in ("123", "123456789", "9999999999999"):
        assert cqnews.parse(_page(text)).published is None
