"""The caption a picture viewer shows (lightbox2's ``data-title``) on the link that opens the picture, or on the
``<img>`` itself, is the picture's caption; on a link to another page it is a teaser's headline (made-up HTML)."""

from __future__ import annotations

import lxml.html

from cqnews.enrich.captions import build_images
from cqnews.extract.images import find_images

BASE = "https://news.example.com/2024/05/story.html"
TEXT = "<p>The ferry service resumed on Monday after a long winter break for repairs to the hull.</p>"


def _images(figure: str) -> list[tuple[str | None, str | None, list[tuple[str | None, str | None]]]]:
    root = lxml.html.fromstring(f"<html><body><article><h1>The ferry</h1>{figure}{TEXT}</article></body></html>")
    return [
        (image.src, image.caption, [(c.name, c.organization) for c in image.credits])
        for image in build_images(find_images(root, BASE))
    ]


def test_title_on_the_viewer_link() -> None:
    figure = (
        '<div class="photo"><a href="/media/ferry-big.jpg" data-lightbox="story" '
        'data-title="The ferry leaves the port at dawn. Photo: Anna Roe"><img src="/media/ferry.jpg"></a></div>'
    )
    # (the lightbox's link names the picture shown full size: its file is the image's source)
    assert _images(figure) == [
        ("https://news.example.com/media/ferry-big.jpg", "The ferry leaves the port at dawn.", [("Anna Roe", None)])
    ]


def test_title_on_the_img() -> None:
    figure = '<div class="photo"><img src="/media/ferry.jpg" data-title="The ferry leaves the port at dawn."></div>'
    assert _images(figure) == [("https://news.example.com/media/ferry.jpg", "The ferry leaves the port at dawn.", [])]


def test_title_on_a_link_to_another_story_is_no_caption() -> None:
    figure = (
        '<div class="related"><a href="/2024/05/other-story.html" data-title="Harbour reopens after the storm">'
        '<img src="/media/harbour.jpg"></a></div>'
    )
    assert all(caption != "Harbour reopens after the storm" for _, caption, _ in _images(figure))
