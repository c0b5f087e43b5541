"""Wrappers around the article text are layout, not page furniture (issue 12): made-up pages."""

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
