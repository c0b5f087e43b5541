"""Article images from made-up pages: a layout wrapper named for ads around the whole article is not furniture."""

from __future__ import annotations

import lxml.html

from cqnews.extract.images import find_images

_FIGURE = ('<figure><img src="https://example.org/{name}.jpg" width="800" height="500">'
           "<figcaption>{caption}</figcaption></figure>")


def _captions(html: str) -> list[str | None]:
    root = lxml.html.fromstring(f"<html><body>{html}</body></html>")
    return [d.caption for d in find_images(root, "https://example.org/story")]


def test_figure_in_article_body_inside_an_ad_named_layout_wrapper_is_kept() -> None:
    html = ('<div class="page-layout hasLeadingAd"><article><h1>Headline</h1><div class="article-body">'
            + _FIGURE.format(name="river", caption="The river rose overnight.")
            + "<p>Some article text that is long enough to be a paragraph.</p></div></article></div>")
    assert _captions(html) == ["The river rose overnight."]


def test_ad_block_inside_the_article_body_is_still_furniture() -> None:
    html = ('<article><h1>Headline</h1><div class="article-body"><p>Some article text.</p>'
            '<div class="ad-slot">' + _FIGURE.format(name="promo", caption="Buy the new phone now.") + "</div>"
            + _FIGURE.format(name="river", caption="The river rose overnight.") + "</div></article>")
    assert _captions(html) == ["The river rose overnight."]
