"""One cap on the headline's length for every source (extract.headline_cap): a title over 300 characters, from a
``<title>``, ``og:title``, a JSON-LD ``headline`` or an ``<h1>``, is no headline, and a warning names its source;
a shorter title of another source still gives the headline. Before, a 100 KB ``<title>``, ``og:title`` or JSON-LD
headline became the headline whole, while a 100 KB ``<h1>`` gave no headline and no warning."""

from __future__ import annotations

import pytest

import cqnews
from cqnews.extract.headline_cap import MAX_HEADLINE_CHARS

PARAS = "<p>The harbour wall was mended over the winter, the council said on Monday, and the pier opens in April.</p>" * 3
LONG = "Harbour " * 2000


def _page(head: str, h1: str = "") -> str:
    return f"<html><head>{head}</head><body><article>{h1}{PARAS}</article></body></html>"


@pytest.mark.parametrize(
    ("page", "source"),
    [
        (_page(f"<title>{LONG}</title>"), "<title>"),
        (_page(f'<meta property="og:title" content="{LONG}">'), "og:title"),
        (_page(f'<script type="application/ld+json">{{"@type":"NewsArticle","headline":"{LONG}"}}</script>'),
         "JSON-LD headline"),
        (_page("", f"<h1>{LONG}</h1>"), "<h1>"),
    ],
)
def test_a_title_over_the_cap_is_no_headline_and_is_warned_of(page: str, source: str) -> None:
    article = cqnews.parse(page)
    assert article.headline is None
    assert [w for w in article.extraction.warnings if "no headline" in w] == [
        f"a title over {MAX_HEADLINE_CHARS} characters is no headline: left out ({source})"
    ]


def test_another_source_gives_the_headline() -> None:
    article = cqnews.parse(_page(f"<title>{LONG}</title>", "<h1>Harbour wall mended</h1>"))
    assert article.headline == "Harbour wall mended"
    assert any("left out (<title>)" in w for w in article.extraction.warnings)


def test_a_headline_at_the_cap_is_kept() -> None:
    title = ("Harbour wall mended " * 20)[:MAX_HEADLINE_CHARS].strip()
    article = cqnews.parse(_page(f"<title>{title}</title>"))
    assert article.headline == title
    assert not any("no headline" in w for w in article.extraction.warnings)
