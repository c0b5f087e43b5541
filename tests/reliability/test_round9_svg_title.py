"""Round 9 of hostile input: an inline SVG icon's ``<title>`` read as the page's title.

``<svg><title>Share on Facebook</title>…</svg>`` is a tooltip of the icon; browsers take the document title from the
first HTML ``<title>`` only. A page without a ``<title>`` in its head (a stored article fragment, a template that
forgot it) but with a share icon in its header had that tooltip as headline; one with a MathML ``<title>`` likewise.
"""

from __future__ import annotations

import cqnews

BODY = (
    "<article><p>The river authority opened the new flood gates at Millbrook on Thursday, three years after the"
    " spring floods that closed the town centre.</p><p>The work cost 14 million pounds, paid by the county.</p>"
    "</article>"
)
ICON = '<svg class="icon" viewBox="0 0 24 24"><title>Share on Facebook</title><use href="#fb"></use></svg>'


def test_an_icon_title_is_no_headline() -> None:
    page = f"<html><head><meta charset='utf-8'></head><body><header>{ICON}</header>{BODY}</body></html>"
    article = cqnews.parse(page.encode(), url="https://news.example/millbrook")
    assert article.headline is None  # (the page has no title and no heading of its own)


def test_the_html_title_after_an_icon_is_the_title() -> None:
    page = f"<html><body><header>{ICON}</header><title>Flood gates open at Millbrook</title>{BODY}</body></html>"
    article = cqnews.parse(page.encode(), url="https://news.example/millbrook")
    assert article.headline == "Flood gates open at Millbrook"
