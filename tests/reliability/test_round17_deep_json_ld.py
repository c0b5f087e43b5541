"""JSON-LD nested past the depth read (seventeenth reliability round).

JSON-LD is read down to five levels of lists, ``@graph`` and ``mainEntity`` (a hostile page nests thousands); an
article object deeper than that, with its date and authors, was left out without a word. The objects are still left
out, now with a warning, as a list read in part has one since round 16.
"""

from __future__ import annotations

from datetime import UTC, datetime

import cqnews
from tests.ld_page import ld_page

_STORY = {
    "@type": "NewsArticle",
    "headline": "Harbour wall rebuilt",
    "datePublished": "2023-03-02T09:30:00Z",
    "author": {"@type": "Person", "name": "Mira Holt"},
}
_WARNING = (
    "the JSON-LD nests objects deeper than 5 levels (lists, @graph, mainEntity): those were not read "
    "(the page's metadata may be there)"
)


def _page(levels: int) -> str:
    data: object = _STORY
    for _ in range(levels):
        data = {"@type": "WebPage", "mainEntity": data}
    return ld_page(
        data,
        "Workers finished rebuilding the harbour wall on Wednesday, three months after the winter storm broke a "
        "section near the fish market, the port office said.",
        h1="Harbour wall rebuilt",
    )


def test_an_article_five_levels_down_is_read() -> None:
    article = cqnews.parse(_page(5))
    assert article.published == datetime(2023, 3, 2, 9, 30, tzinfo=UTC)
    assert article.authors == ["Mira Holt"]
    assert _WARNING not in article.extraction.warnings


def test_an_article_six_levels_down_is_named() -> None:
    article = cqnews.parse(_page(6))
    assert article.published is None
    assert _WARNING in article.extraction.warnings


def test_lists_nested_deep_are_named_once() -> None:
    data: object = [_STORY]
    for _ in range(40):
        data = [data]
    article = cqnews.parse(ld_page(data, "The ferry runs again from the north pier on Monday, the council said."))
    assert article.extraction.warnings.count(_WARNING) == 1
