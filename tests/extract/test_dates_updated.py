"""Update times: never taken for the publishing date, never before it.

A page that shows only when it was updated has no publishing date to give.

"Updated 3 March 2026 10:00" tells when the article last changed; the article may have been published
days earlier. Taking it for ``published`` was a guess: ``published`` stays None (with a warning saying
why) and ``updated`` keeps the time. Every page below is made up; each expected value is read off it.

A declared update time before the publishing time (a draft's save time written as dateModified) is no
update: ``updated`` is left out with a warning; an update at or after the publishing time stays.
Made-up values.
"""

from __future__ import annotations

import json
from datetime import datetime

import pytest

import cqnews

_PROSE = (
    "<p>The city council voted on Monday to approve a new pedestrian bridge across the river, ending a debate"
    " that lasted three years.</p><p>The bridge will cost about twelve million pounds and is expected to open"
    " in 2028, according to the plans shown at the meeting.</p>"
)


def _page(shown: str, lang: str = "en") -> str:
    return (
        f"<html lang='{lang}'><head><title>Council approves bridge</title></head><body><article>"
        f"<h1>Council approves bridge</h1>{shown}{_PROSE}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("shown", "lang"),
    [
        ("<p class='meta'>Updated 3 March 2026 10:00</p>", "en"),
        ("<p>Updated <time datetime='2026-03-03T10:00:00'>3 March 2026, 10:00</time></p>", "en"),
        ("<span class='date'>Updated: 2026-03-03 10:00</span>", "en"),
        ("<span class='article-date'>Last updated 03.03.2026, 10:00</span>", "en"),
        ("<p class='date'>Aktualisiert am 03.03.2026, 10:00 Uhr</p>", "de"),
        ("<p class='date'>Mis à jour le 03/03/2026 à 10h00</p>", "fr"),
        ("<div class='info'>更新时间：2026-03-03 10:00</div>", "zh"),
        ("<div class='info'>最後更新：2026-03-03 10:00</div>", "zh-Hant"),
    ],
)
def test_an_update_time_alone_is_no_publishing_time(shown: str, lang: str) -> None:
    article = cqnews.parse(_page(shown, lang), url="https://news.example.org/local/bridge")
    assert article.published is None
    assert article.updated is not None
    assert (article.updated.date(), article.updated.hour) == (datetime(2026, 3, 3).date(), 10)
    assert any(warning.startswith("published:") for warning in article.extraction.warnings)


@pytest.mark.parametrize(
    "byline",
    [
        "<p class='byline'>By Jane Porter | Updated 3 March 2026 10:00</p>",
        "<p class='byline'>By Jane Porter, updated 3 March 2026</p>",
    ],
)
def test_a_byline_ending_with_the_update_shows_no_publishing_date(byline: str) -> None:
    article = cqnews.parse(_page(byline), url="https://news.example.org/local/bridge")
    assert article.published is None
    assert article.updated is not None and article.updated.date() == datetime(2026, 3, 3).date()


_BODY = (
    "<p>The city council voted on Monday to approve a new pedestrian bridge across the river, ending a"
    " debate that lasted three years.</p><p>The bridge will cost about twelve million pounds.</p>"
)


@pytest.mark.parametrize("modified", ["2026-03-02T08:00:00Z", "2026-03-03T09:59:00Z"])
def test_an_update_before_the_publishing_time_is_left_out(modified: str) -> None:
    ld = json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council approves bridge",
         "datePublished": "2026-03-03T10:00:00Z", "dateModified": modified}
    )
    head = f"<title>x</title><script type='application/ld+json'>{ld}</script>"
    html = f"<html lang='en'><head>{head}</head><body>{_BODY}</body></html>"
    article = cqnews.parse(html)
    assert article.updated is None
    assert any(warning.startswith("updated:") for warning in article.extraction.warnings)
