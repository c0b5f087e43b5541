"""Feeds and sitemaps given as a page: an RSS or Atom feed (``<rss>``, ``<feed>``, RDF's ``<rdf:RDF>``) or a sitemap
(``<urlset>``, ``<sitemapindex>``) is XML whose items are many stories or links. The HTML parser reads it as one
page, so its items were glued into one article's body (the quotes of twenty stories, the first item's date) without a
word. A crawl meets them among pages (``/feed``, ``/rss.xml``, ``/sitemap.xml`` served as ``text/xml``); the warning
says what the input is and how to read it, and nothing else of the Article changes.
"""

from __future__ import annotations

import re

from .lexicon.alternation import ascii_caseless

__all__ = ["feed_read_no_body", "feed_warning"]

# The first element of the document, after an XML declaration, stylesheet instructions, comments and a doctype.
# Each part is bounded, and only the input's first characters are read.
_FIRST_ELEMENT = re.compile(
    rf"\s*(?:<\?[^>]{{0,500}}>\s*|<!--[^>]{{0,2000}}-->\s*|<!{ascii_caseless('DOCTYPE')}[^>]{{0,1000}}>\s*){{0,8}}"
    # (names in ASCII case: re.IGNORECASE also took "<rſs>", whose lowered name is no key of _KINDS)
    rf"<({'|'.join(map(ascii_caseless, ('rss', 'feed', 'rdf:rdf', 'urlset', 'sitemapindex')))})\b",
)
_PREFIX_CHARS = 8192
_KINDS = {
    "rss": ("an RSS feed", "<item"),
    "rdf:rdf": ("an RSS feed", "<item"),
    "feed": ("an Atom feed", "<entry"),
    "urlset": ("a sitemap", "<url>"),
    "sitemapindex": ("a sitemap index", "<sitemap>"),
}


def feed_warning(text: str) -> str | None:
    """A warning when ``text`` is a feed or a sitemap rather than a page, naming how many items it lists."""
    found = _FIRST_ELEMENT.match(text, 0, _PREFIX_CHARS)
    if found is None:
        return None
    kind, item_tag = _KINDS[found.group(1).lower()]
    items = text.count(item_tag)
    return (
        f"the input is {kind} ({items} item(s)), not an article page: {_READ}; "
        "parse each item's link (or its content) instead"
    )


_READ = "its items were read as one body"
_NOT_READ = "no body was read from it"


def feed_read_no_body(warnings: list[str]) -> None:
    """The feed warning of an input whose body came out empty (a feed of thousands of items, read by the linear
    fallback, holds no paragraph) says so, not that its items were read as one body."""
    for n, warning in enumerate(warnings):
        if warning.startswith("the input is ") and _READ in warning:
            warnings[n] = warning.replace(_READ, _NOT_READ, 1)
