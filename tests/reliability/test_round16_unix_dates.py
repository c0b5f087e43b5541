"""A JSON-LD date written as a Unix time (sixteenth reliability round).

Some CMSs write ``"datePublished": 1620122400`` (seconds) or ``1620122400000`` (milliseconds): it was never read and
had no warning. A number naming a moment from 1990 to a year after now is read as UTC; any other number is left out
with a warning naming the field.
"""

from __future__ import annotations

from datetime import UTC, datetime

import cqnews
from tests.ld_page import ld_page


def _page(published: object, modified: object = None) -> str:
    story: dict[str, object] = {"@type": "NewsArticle", "headline": "Lock gates repaired", "datePublished": published}
    if modified is not None:
        story["dateModified"] = modified
    return ld_page(
        story,
        "The canal trust said the lock gates at the top of the flight had been repaired and that boats could pass "
        "again from Friday morning.",
        h1="Lock gates repaired",
    )


_MAY_4 = datetime(2021, 5, 4, 10, 0, tzinfo=UTC)


def test_seconds_are_read_as_utc() -> None:
    article = cqnews.parse(_page(1620122400))
    assert article.published == _MAY_4
    assert not any("Unix time" in warning for warning in article.extraction.warnings)


def test_milliseconds_are_read_as_utc() -> None:
    article = cqnews.parse(_page(1620122400000, modified=1620126000000))
    assert article.published == _MAY_4
    assert article.updated == datetime(2021, 5, 4, 11, 0, tzinfo=UTC)


def test_implausible_numbers_are_left_out_with_a_warning() -> None:
    for number in (12, 10**15 * 1000, -1620122400):
        article = cqnews.parse(_page(number))
        assert article.published is None
        start = f"the JSON-LD datePublished {number} is no Unix time"
        assert any(warning.startswith(start) for warning in article.extraction.warnings)


def test_text_dates_are_unchanged() -> None:
    article = cqnews.parse(_page("2021-05-04T10:00:00Z"))
    assert article.published == _MAY_4


def test_huge_and_not_finite_numbers_are_left_out() -> None:
    for number, shown in ((10**400, "over 10^30"), (float("nan"), "nan"), (float("inf"), "inf")):
        article = cqnews.parse(_page(number))
        assert article.published is None
        assert f"the JSON-LD datePublished {shown} is no Unix time from 1990 to next year: left out" in (
            article.extraction.warnings
        )
