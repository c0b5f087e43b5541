"""Wrappers around the article are layout, not page furniture: their pictures are the article's.

Wrappers around the article text are layout, not page furniture (issue 12): made-up pages.

Article images from made-up pages: a layout wrapper named for ads around the whole article is not furniture.
"""

from __future__ import annotations

import lxml.html

import cqnews
from cqnews.enrich.captions import build_images
from cqnews.extract.images import find_images

BASE = "https://news.example.com/2024/05/16/story.html"


TEXT = "".join(f"<p>Paragraph {n} of the story tells what happened in the valley this week.</p>" for n in range(6))


def _page(wrapper_class: str) -> str:
    return f"""<html><head><title>Smog over the valley</title></head><body>
    <header class="site-header"><img src="/logo.png" alt="Logo"></header>
    <main><article>
      <h1>Smog over the valley</h1>
      <div class="{wrapper_class}">
        <figure class="hero"><img src="/img/valley-smog.jpg" width="1200" height="800" alt="Smog">
          <figcaption>Smog hangs over the valley on Tuesday. <cite>Jane Roe/Example Agency</cite></figcaption>
        </figure>
        <div class="entry-content">{TEXT}</div>
      </div>
      <aside class="sidebar"><figure><img src="/img/promo.jpg" width="600" height="400">
        <figcaption>Subscribe to our weekly newsletter today</figcaption></figure></aside>
    </article></main></body></html>"""


def test_the_lead_picture_in_a_wrapper_classed_sidebar_layout_is_kept() -> None:
    """"l-sidebar-fixed" names a layout with a sidebar; the element holds the text, so it is no sidebar."""
    root = lxml.html.fromstring(_page("layout l-sidebar-fixed"))
    container = root.find_class("entry-content")[0]
    found = build_images(find_images(root, BASE, container=container))
    assert [image.src for image in found] == ["https://news.example.com/img/valley-smog.jpg"]
    assert found[0].caption == "Smog hangs over the valley on Tuesday."


def test_through_parse_the_lead_picture_keeps_its_caption_and_credit() -> None:
    article = cqnews.parse(_page("l-sidebar-fixed l-segment"), url=BASE)
    assert [image.src for image in article.images] == ["https://news.example.com/img/valley-smog.jpg"]
    (image,) = article.images
    assert image.caption == "Smog hangs over the valley on Tuesday."
    assert [credit.raw for credit in image.credits] == ["Jane Roe/Example Agency"]


def test_a_real_sidebar_beside_the_text_stays_furniture() -> None:
    root = lxml.html.fromstring(_page("layout"))
    container = root.find_class("entry-content")[0]
    srcs = [image.src for image in build_images(find_images(root, BASE, container=container))]
    assert "https://news.example.com/img/promo.jpg" not in srcs


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
