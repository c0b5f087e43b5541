"""Date strings in the forms news pages write them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

import cqnews
from cqnews import DatePrecision
from cqnews.enrich.dates import CHINA_TZ, date_from_url, parse_date, read_date


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
    assert parse_date(text, CHINA_TZ if chinese else None) == expected


@pytest.mark.parametrize("text", ["5月17日 10:20", "May 17", "yesterday", "", "2021-13-45"])
def test_incomplete_dates_are_not_guessed(text: str) -> None:
    assert parse_date(text, zone=CHINA_TZ) is None


def test_naive_outside_chinese_sites() -> None:
    assert parse_date("2021-05-17 10:20").tzinfo is None


# -- precision: a day is not midnight -----------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("2021-05-17", DatePrecision.DAY),
        ("2021年5月17日", DatePrecision.DAY),
        ("May 17, 2021", DatePrecision.DAY),
        ("2021-05-17 00:00", DatePrecision.MINUTE),
        ("2021-05-17T00:00:00+08:00", DatePrecision.SECOND),
        ("Mon, 17 May 2021 10:20:00 GMT", DatePrecision.SECOND),
        ("Updated: 17 May 2021 at 3:45 pm", DatePrecision.MINUTE),
    ],
)
def test_precision(text: str, precision: DatePrecision) -> None:
    found = read_date(text)
    assert found is not None and found.precision is precision


def test_article_tells_a_date_from_midnight() -> None:
    day = cqnews.parse(_page('<meta property="article:published_time" content="2021-05-17">'))
    midnight = cqnews.parse(_page('<meta property="article:published_time" content="2021-05-17T00:00:00Z">'))
    assert day.published == datetime(2021, 5, 17) and day.published_precision is DatePrecision.DAY
    assert midnight.published == datetime(2021, 5, 17, tzinfo=UTC)
    assert midnight.published_precision is DatePrecision.SECOND


# -- the URL's day, as a last resort ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://example.com/news/2021/05/17/river-path-opens/", datetime(2021, 5, 17)),
        ("https://example.com/2021-05-17/river-path-opens.html", datetime(2021, 5, 17)),
        ("http://www.news.cn/local/2021-05/17/c_1127456789.htm", datetime(2021, 5, 17)),
        ("https://example.com/a/20210517/123.html", datetime(2021, 5, 17)),
        ("https://example.com/story?id=20210517", None),
        ("https://example.com/2021/13/45/", None),
        ("https://example.com/archive/2021/", None),
        (None, None),
    ],
)
def test_date_from_url(url: str | None, day: datetime | None) -> None:
    found = date_from_url(url)
    assert (found.value if found else None) == day
    assert found is None or found.precision is DatePrecision.DAY


def test_url_date_only_when_the_page_states_none() -> None:
    url = "https://example.com/news/2021/05/17/river-path-opens/"
    assert cqnews.parse(_page(), url=url).published == datetime(2021, 5, 17)
    stated = cqnews.parse(_page('<meta property="article:published_time" content="2021-05-18T09:00:00Z">'), url=url)
    assert stated.published == datetime(2021, 5, 18, 9, tzinfo=UTC)


# -- the date boundary: hostile values never raise, and never pass silently --------------------------

HOSTILE = [
    "Tue, 02 Feb 88888888888888888888888 10:00:00 +0000",
    "Sat, 31 Feb 2021 10:00:00 +0000",
    "Wed, 01 Jan 2020 99:99:99 +0000",
    "2021-02-30T10:00:00Z",
    "2021-05-17T10:00:00+99:99",
    "2021-05-17T10:00:00+05:75",
    "Mon, 17 May 2021 10:20:00 +9999",
    "\x00" * 50 + "2021",
    "9" * 5000,
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_values_never_raise(text: str) -> None:
    warnings: list[str] = []
    read_date(text, CHINA_TZ, warnings)
    parse_date(text, CHINA_TZ)


def test_overflowing_year_is_no_date_with_a_warning() -> None:
    warnings: list[str] = []
    assert read_date(HOSTILE[0], None, warnings) is None
    assert warnings and "could not be read" in warnings[0]


@pytest.mark.parametrize("text", ["2021-05-17T10:00:00+99:99", "2021-05-17T10:00:00+05:75", "Mon, 17 May 2021 10:20:00 +9999"])
def test_impossible_zone_is_warned_and_the_time_kept_without_zone(text: str) -> None:
    warnings: list[str] = []
    found = read_date(text, CHINA_TZ, warnings)
    assert found is not None and found.value.tzinfo is None  # no China time assumed either
    assert found.value.hour == 10
    assert any("impossible time zone" in warning for warning in warnings)


def test_day_that_does_not_exist_is_warned() -> None:
    warnings: list[str] = []
    assert read_date("2021-02-30T10:00:00Z", None, warnings) is None
    assert any("no real day" in warning for warning in warnings)


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="{}">',
        '<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "River path", "datePublished": "{}"}}</script>',
    ],
)
@pytest.mark.parametrize("value", [HOSTILE[0], HOSTILE[4], HOSTILE[6], "2021-02-30T10:00:00Z"])
def test_hostile_dates_in_meta_and_json_ld_give_an_article_with_a_warning(head: str, value: str) -> None:
    article = cqnews.parse(_page(head.format(value)), url="https://example.com/news/river-path")
    article.model_dump_json()
    assert any(value[:20] in warning for warning in article.extraction.warnings)


def test_a_bad_first_candidate_does_not_hide_a_good_second() -> None:
    head = (
        f'<meta property="article:published_time" content="{HOSTILE[0]}">'
        '<meta name="pubdate" content="2021-05-17T10:20:00+08:00">'
    )
    article = cqnews.parse(_page(head))
    assert article.published == datetime(2021, 5, 17, 10, 20, tzinfo=timezone(timedelta(hours=8)))
    assert any("could not be read" in warning for warning in article.extraction.warnings)


def _page(head: str = "") -> str:
    body = " ".join(["The river path reopened on Monday after two years of repairs, the city said."] * 3)
    return f"<html><head><title>River path reopens</title>{head}</head><body><article><h1>River path reopens</h1><p>{body}</p></article></body></html>"
