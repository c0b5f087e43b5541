"""In a ``<figure>`` without ``<figcaption>``, a small heading (h4-h6) after the picture is its caption, as a
paragraph there is; a ``<figure>`` holds one picture, not a section (made-up HTML)."""

from __future__ import annotations

import lxml.html
import pytest

from cqnews.enrich.captions import build_images
from cqnews.extract.images import find_images

BASE = "https://news.example.com/2024/05/story.html"


@pytest.mark.parametrize("tag", ["h4", "h5", "h6"])
def test_small_heading_in_a_figure_is_the_caption(tag: str) -> None:
    root = lxml.html.fromstring(
        f"""<html><body><article><h1>The bridge</h1>
        <figure><img src="/bridge.jpg"><{tag}>The new bridge at dusk. Photo: Anna Roe</{tag}></figure>
        <p>The bridge opened to traffic on Monday after three years of building work on both banks.</p>
        </article></body></html>"""
    )
    (image,) = build_images(find_images(root, BASE))
    assert image.caption == "The new bridge at dusk."
    assert [(c.name, c.organization) for c in image.credits] == [("Anna Roe", None)]


def test_heading_holding_a_link_is_no_caption() -> None:
    root = lxml.html.fromstring(
        """<html><body><article><h1>The bridge</h1>
        <figure><img src="/bridge.jpg"><h5><a href="/2024/05/other.html">Read more about the bridge</a></h5></figure>
        <p>The bridge opened to traffic on Monday after three years of building work on both banks.</p>
        </article></body></html>"""
    )
    assert all(image.caption is None for image in build_images(find_images(root, BASE)))
