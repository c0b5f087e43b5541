"""A feed or a sitemap given as a page says so (sixteenth reliability round).

An RSS or Atom feed (or a sitemap) fetched by a crawl and handed to ``parse`` was read as one article: its items
glued into one body, the quotes of every story the article's, without a warning.
"""

from __future__ import annotations

import pytest

import cqnews

_ITEM = (
    "<item><title>Pier story {i}</title><link>https://news.example/{i}</link><description>&lt;p&gt;\u201cWe will "
    "mend the pier,\u201d said Ruth Okafor, the harbour master, at the sea wall on Tuesday.&lt;/p&gt;</description>"
    "<pubDate>Tue, 04 May 2021 10:00:00 GMT</pubDate></item>"
)
_RSS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>\n'
    '<rss version="2.0"><channel><title>Harbour News</title><link>https://news.example/</link>'
    + "".join(_ITEM.format(i=i) for i in range(3))
    + "</channel></rss>"
)
_ATOM = (
    '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour News</title>'
    + "".join(
        f'<entry><title>Pier story {i}</title><link href="https://news.example/{i}"/><updated>2021-05-04T10:00:00Z'
        "</updated><content type=\"html\">&lt;p&gt;The council met on Tuesday to talk about the pier.&lt;/p&gt;"
        "</content></entry>"
        for i in range(4)
    )
    + "</feed>"
)
_SITEMAP = (
    '<?xml version="1.0" encoding="UTF-8"?><!-- generated --><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/'
    '0.9">' + "".join(f"<url><loc>https://news.example/{i}</loc><lastmod>2021-05-04</lastmod></url>" for i in range(5))
    + "</urlset>"
)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [(_RSS, "an RSS feed (3 item(s))"), (_ATOM, "an Atom feed (4 item(s))"), (_SITEMAP, "a sitemap (5 item(s))")],
)
def test_feed_given_as_page_warns(markup: str, expected: str) -> None:
    for data in (markup, markup.encode()):
        warnings = cqnews.parse(data).extraction.warnings
        assert any(f"the input is {expected}, not an article page" in warning for warning in warnings)


def test_page_naming_a_feed_has_no_warning() -> None:
    page = (
        '<?xml version="1.0"?><html><head><title>Feeds</title><link rel="alternate" type="application/rss+xml" '
        'href="/rss.xml"></head><body><p>Our <code>&lt;rss&gt;</code> feed lists each story of the harbour desk as '
        "soon as it is published on the site.</p></body></html>"
    )
    assert not any("not an article page" in warning for warning in cqnews.parse(page).extraction.warnings)
