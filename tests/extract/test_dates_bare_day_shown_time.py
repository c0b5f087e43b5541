"""A declared bare day ("2026-04-12") and the same day shown with its time: the time is kept.

A meta tag or JSON-LD value without a time gives precision ``day``; the page's visible date line often holds
the time of that same day ("2026-04-12 09:15"). That line refines the declared day; a line of another day
(a correction, a related story) does not. Every page below is made up.
"""

from __future__ import annotations

import json
from datetime import datetime

import pytest

import cqnews
from cqnews.models import DatePrecision

_ZH_BODY = (
    "<p>本报讯 今年一季度，全市港口货物吞吐量达到一亿两千万吨，同比增长百分之六点五，其中集装箱吞吐量增长较快。</p>"
    "<p>市港航局负责人介绍，下一步将继续推进多式联运建设，进一步降低企业物流成本，服务地方经济发展。</p>"
)
_EN_BODY = (
    "<p>The harbour board approved a plan on Sunday to dredge the old canal, which has been closed to boats"
    " since the floods of last winter.</p><p>Work will begin in June and should take about eight months, the"
    " board said in a statement after the vote.</p>"
)


def _page(head: str, shown: str, body: str, lang: str) -> str:
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>Harbour news</title>{head}</head><body>"
        f"<div class='article'><h1>Harbour news</h1>{shown}<div class='content'>{body}</div></div></body></html>"
    )


_LD_DAY = "<script type='application/ld+json'>" + json.dumps(
    {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour news", "datePublished": "2026-04-12"}
) + "</script>"


@pytest.mark.parametrize(
    ("head", "shown", "body", "lang", "hour", "minute"),
    [
        ("<meta name='publishdate' content='2026-04-12'>",
         "<div class='pages-date'>2026-04-12 09:15 <span>来源：本报</span></div>", _ZH_BODY, "zh", 9, 15),
        ("<meta name='publishdate' content='2026-04-12'>",
         "<div class='info'>发布时间：2026年04月12日 16:40</div>", _ZH_BODY, "zh", 16, 40),
        ("<meta property='article:published_time' content='2026-04-12'>",
         "<p class='date'>Published 12 April 2026, 07:05</p>", _EN_BODY, "en", 7, 5),
        (_LD_DAY, "<span class='date'>2026-04-12 21:30</span>", _EN_BODY, "en", 21, 30),
        ("<meta name='pubdate' content='2026/04/12'>",
         "<div class='time'>2026/04/12 11:02</div>", _ZH_BODY, "zh", 11, 2),
    ],
)
def test_the_same_day_shown_with_its_time_refines_a_bare_day(
    head: str, shown: str, body: str, lang: str, hour: int, minute: int
) -> None:
    article = cqnews.parse(_page(head, shown, body, lang), url="https://news.example.net/port/quarter")
    assert article.published is not None
    assert (article.published.date(), article.published.hour, article.published.minute) == (
        datetime(2026, 4, 12).date(), hour, minute)
    assert article.published_precision is DatePrecision.MINUTE


def test_another_day_shown_leaves_the_declared_day() -> None:
    page = _page("<meta name='publishdate' content='2026-04-12'>",
                 "<div class='pages-date'>2026-04-13 09:15</div>", _ZH_BODY, "zh")
    article = cqnews.parse(page, url="https://news.example.net/port/quarter")
    assert article.published is not None and article.published.date() == datetime(2026, 4, 12).date()
    assert article.published_precision is DatePrecision.DAY


def test_a_slashed_day_shown_is_read_in_the_pages_order() -> None:
    """A British page: "12/04/2026" is the 12th of April, the declared day, so its time refines it."""
    page = _page("<meta property='article:published_time' content='2026-04-12'>",
                 "<span class='date'>12/04/2026 09:15</span>", _EN_BODY, "en-GB")
    article = cqnews.parse(page, url="https://news.example.net/port/quarter")
    assert article.published is not None
    assert (article.published.date(), article.published.hour, article.published.minute) == (
        datetime(2026, 4, 12).date(), 9, 15)
