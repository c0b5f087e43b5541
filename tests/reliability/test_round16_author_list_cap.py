"""A JSON-LD author list read only in part says so (sixteenth reliability round).

A list of authors is read up to 20 names (a hostile page lists thousands); the rest were dropped without a word, so a
story of 25 credited writers lost five unseen. The warning names the cap; a list of 20 or fewer has none.
"""

from __future__ import annotations

import cqnews
from tests.ld_page import ld_page

_NAMES = [
    f"{first} {last}"
    for first in ("Ruth", "Tom", "Ada", "Leo", "Ivy")
    for last in ("Okafor", "Parry", "Lund", "Moss", "Reyes")
]


def _page(count: int) -> str:
    story = {
        "@type": "NewsArticle",
        "headline": "Pier plan",
        "author": [{"@type": "Person", "name": name} for name in _NAMES[:count]],
    }
    return ld_page(
        story,
        "The council met on Tuesday to discuss the old pier, which has been closed to walkers for years.",
        title="Pier plan",
        h1="Pier plan",
    )


def test_long_author_list_warns() -> None:
    article = cqnews.parse(_page(25))
    assert article.authors == _NAMES[:20]
    assert "the JSON-LD lists more than 20 authors: the first 20 were read" in article.extraction.warnings


def test_list_of_twenty_is_quiet() -> None:
    article = cqnews.parse(_page(20))
    assert article.authors == _NAMES[:20]
    assert not any("authors:" in warning for warning in article.extraction.warnings)
