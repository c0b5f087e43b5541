"""A JSON-LD ``@graph`` that lists the WebPage before the article: the article's own dates are read.

Yoast and similar plugins write one ``@graph`` holding a WebPage (often with ``datePublished`` only) and the
NewsArticle (with ``headline``, ``datePublished`` and ``dateModified``). The WebPage comes first, so taking the
first object that carries a date lost the article's ``dateModified``. When the WebPage read has no
dateModified, the first article of a narrower type gives it. Every page below is made up.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

import cqnews

_BODY = (
    "<p>The regional council voted on Tuesday to extend the night bus network to four more suburbs, after a"
    " year of complaints from shift workers.</p><p>The new routes start in May and will cost about two million"
    " a year, the transport committee said in its report.</p>"
)


def _page(graph: list[dict[str, Any]], headline: str) -> str:
    ld = json.dumps({"@context": "https://schema.org", "@graph": graph})
    return (
        f"<html lang='en'><head><title>{headline}</title><script type='application/ld+json'>{ld}</script>"
        f"</head><body><article><h1>{headline}</h1>{_BODY}</article></body></html>"
    )


def _web_page(published: str, **extra: str) -> dict[str, Any]:
    return {"@type": "WebPage", "@id": "https://x.example/a/#webpage", "datePublished": published, **extra}


def _article(kind: Any, headline: str, published: str, modified: str) -> dict[str, Any]:
    return {"@type": kind, "@id": "https://x.example/a/#article", "headline": headline,
            "datePublished": published, "dateModified": modified}


_PERSON = {"@type": "Person", "@id": "https://x.example/#/person/1", "name": "Lena Marsh"}


@pytest.mark.parametrize(
    ("graph", "updated"),
    [
        ([_web_page("2026-03-05T10:20:00+00:00"),
          _article("NewsArticle", "Night buses reach four more suburbs", "2026-03-05T10:20:00+00:00",
                   "2026-03-06T08:00:00+00:00"), _PERSON], datetime(2026, 3, 6, 8, 0, tzinfo=UTC)),
        ([_web_page("2026-03-05T10:20:00+00:00", name="Night buses reach four more suburbs"),
          _article("Article", "Night buses reach four more suburbs", "2026-03-05T10:20:00+00:00",
                   "2026-03-05T17:45:00+00:00")], datetime(2026, 3, 5, 17, 45, tzinfo=UTC)),
        ([_web_page("2026-03-05T10:20:00+00:00"), _PERSON,
          _article(["Article", "NewsArticle"], "Night buses reach four more suburbs", "2026-03-05T10:20:00+00:00",
                   "2026-03-07T09:30:00+00:00")], datetime(2026, 3, 7, 9, 30, tzinfo=UTC)),
        ([_web_page("2026-03-05T10:20:00+00:00", inLanguage="en-GB"),
          _article("BlogPosting", "Night buses reach four more suburbs", "2026-03-05T10:20:00+00:00",
                   "2026-03-06T12:10:00+00:00")], datetime(2026, 3, 6, 12, 10, tzinfo=UTC)),
        ([_web_page("2026-03-05T10:20:00+00:00"),
          _article("ReportageNewsArticle", "Night buses reach four more suburbs", "2026-03-05T10:20:00+00:00",
                   "2026-03-05T11:00:00+00:00")], datetime(2026, 3, 5, 11, 0, tzinfo=UTC)),
    ],
)
def test_the_article_after_the_web_page_gives_the_update(graph: list[dict[str, Any]], updated: datetime) -> None:
    article = cqnews.parse(_page(graph, "Night buses reach four more suburbs"), url="https://x.example/a/")
    assert article.published == datetime(2026, 3, 5, 10, 20, tzinfo=UTC)
    assert article.updated == updated


def test_a_web_page_alone_still_gives_its_dates() -> None:
    graph = [_web_page("2026-03-05T10:20:00+00:00", dateModified="2026-03-06T08:00:00+00:00"), _PERSON]
    article = cqnews.parse(_page(graph, "Night buses reach four more suburbs"), url="https://x.example/a/")
    assert article.published == datetime(2026, 3, 5, 10, 20, tzinfo=UTC)
    assert article.updated == datetime(2026, 3, 6, 8, 0, tzinfo=UTC)
