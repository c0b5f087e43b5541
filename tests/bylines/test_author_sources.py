"""Which page data names the article's authors (cqnews.extract.bylines, cqnews.parse): JSON-LD article
objects against WebPage objects, and visible byline lines."""

from __future__ import annotations

import json

import lxml.html

from cqnews.extract.bylines import find_author_metadata

_ARTICLE = {"@type": "NewsArticle", "headline": "Harbour reopens", "author": [{"@type": "Person", "name": "Mara Quint"}]}
_PAGE = {"@type": "WebPage", "name": "Harbour reopens", "author": {"@type": "Person", "name": "Tobias Wrenfield"}}


def _head(*objects: dict[str, object]) -> str:
    return "".join(f'<script type="application/ld+json">{json.dumps(o)}</script>' for o in objects)


def test_a_web_page_author_yields_to_the_article_author() -> None:
    # an SEO plugin's WebPage object names the account that published the page, not the writer
    root = lxml.html.fromstring(f"<html><head>{_head(_ARTICLE, _PAGE)}</head><body><p>Text.</p></body></html>")
    assert find_author_metadata(root) == ["Mara Quint"]
    root = lxml.html.fromstring(f"<html><head>{_head(_PAGE, _ARTICLE)}</head><body><p>Text.</p></body></html>")
    assert find_author_metadata(root) == ["Mara Quint"]
    # alone, it is the only author the metadata gives
    root = lxml.html.fromstring(f"<html><head>{_head(_PAGE)}</head><body><p>Text.</p></body></html>")
    assert find_author_metadata(root) == ["Tobias Wrenfield"]


def test_bylines_listed_side_by_side_keep_their_names_apart() -> None:
    from cqnews.extract.bylines import find_bylines

    html = """<html><body><article><h1>Harbour reopens</h1>
    <div class="bylines">
      <div class="byline"><address><a rel="author" href="mailto:mq@example.org">Mara Quint</a></address></div>
      <div class="byline"><address><a rel="author" href="mailto:tw@example.org">Tobias Wrenfield</a></address></div>
    </div><p>The harbour opened again on Monday after the storm.</p></article></body></html>"""
    assert find_bylines(lxml.html.fromstring(html)) == ["Mara Quint, Tobias Wrenfield"]
