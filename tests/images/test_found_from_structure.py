"""Pictures found from structure (issue 12): made-up pages, one per rule."""

from __future__ import annotations

import lxml.html

from cqnews.extract.image_sources import picture_stem
from cqnews.extract.images import find_images

BASE = "https://news.example.com/2025/03/01/story.html"
TEXT = "<p>" + "The council met on Tuesday to decide the budget for the next year. " * 4 + "</p>"


def page(body: str, head: str = "") -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def test_stem_of_size_variants() -> None:
    assert picture_stem("https://cdn.example.com/2025/03/harbour-view-1024x768.jpg") == "harbour-view"
    assert picture_stem("https://cdn.example.com/2025/03/harbour-view.jpg?w=300") == "harbour-view"
    assert picture_stem("https://img.example.com/pic/abcdef123456=w700") == "abcdef123456"
    assert picture_stem("https://cdn.example.com/a/img.png") is None  # too short to tell pictures apart


def test_declared_caption_reaches_a_size_variant_shown() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "image": {"@type": "ImageObject",'
        ' "url": "https://cdn.example.com/up/harbour-view.jpg", "caption": "Boats in the old harbour",'
        ' "creditText": "Jane Roe"}}</script>'
    )
    root = page(
        f'<article><figure><img src="https://cdn.example.com/up/harbour-view-1024x768.jpg" width="1024"'
        f' height="768"></figure>{TEXT}</article>',
        ld,
    )
    (image,) = find_images(root, BASE)
    assert image.caption == "Boats in the old harbour"
    assert image.credit == "Jane Roe"
