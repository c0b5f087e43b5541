"""A date of a year of five digits is left out with the placeholder-year warning (sixteenth reliability round).

``0001-01-01`` and ``0000-00-00`` were warned of, but ``99999-05-04`` (ISO) and ``Tue, 04 May 99999 10:00:00 GMT``
(RFC 2822, whose year no datetime holds) were left out without a word, in meta tags and JSON-LD alike.
"""

from __future__ import annotations

import pytest

import cqnews
from cqnews.enrich.dates import read_date

_WARNING = "date '{}' has a year no news page was published in (a placeholder); left out"
_PAGE = (
    "<html><head><title>Pier plan</title>{head}</head><body><article><h1>Pier plan</h1>"
    "<p>The council met on Tuesday to discuss the old pier, which has been closed to walkers for years.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    "value", ["99999-05-04", "123456-01-01T10:00:00Z", "Tue, 04 May 99999 10:00:00 GMT", "04 May 10000 10:00 +0000"]
)
def test_far_year_warns(value: str) -> None:
    warnings: list[str] = []
    assert read_date(value, warnings=warnings) is None
    assert warnings == [_WARNING.format(value)]


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="{}">',
        '<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "{}"}}</script>',
    ],
)
def test_far_year_in_page(head: str) -> None:
    value = "Tue, 04 May 99999 10:00:00 GMT"
    article = cqnews.parse(_PAGE.format(head=head.format(value)))
    assert article.published is None
    assert _WARNING.format(value) in article.extraction.warnings


@pytest.mark.parametrize("value", ["2021-05-04", "Tue, 04 May 2021 10:00:00 GMT", "19999"])
def test_news_years_and_numbers_unchanged(value: str) -> None:
    warnings: list[str] = []
    read_date(value, warnings=warnings)
    assert warnings == []
