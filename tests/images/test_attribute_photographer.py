"""A photographer named in a ``data-photographer`` attribute of the picture or its figure is the photo credit, as
``data-credit`` is (made-up HTML)."""

from __future__ import annotations

import lxml.html

from cqnews.enrich.captions import build_images
from cqnews.extract.images import find_images

BASE = "https://news.example.com/2024/05/story.html"


def test_data_photographer_on_the_img() -> None:
    root = lxml.html.fromstring(
        """<html><body><article><h1>The ferry</h1>
        <figure><img src="/ferry.jpg" data-caption="The ferry leaves the port at dawn." data-photographer="Anna Roe">
        </figure><p>The ferry service resumed on Monday after a long winter break for repairs.</p>
        </article></body></html>"""
    )
    (image,) = build_images(find_images(root, BASE))
    assert image.caption == "The ferry leaves the port at dawn."
    assert [(c.name, c.organization) for c in image.credits] == [("Anna Roe", None)]


def test_data_photographer_on_the_figure() -> None:
    root = lxml.html.fromstring(
        """<html><body><article><h1>The ferry</h1>
        <figure data-photographer="Ben Poe/Reuters"><img src="/ferry.jpg">
        <figcaption>The ferry leaves the port at dawn.</figcaption></figure>
        <p>The ferry service resumed on Monday after a long winter break for repairs.</p></article></body></html>"""
    )
    (image,) = build_images(find_images(root, BASE))
    assert [(c.name, c.organization) for c in image.credits] == [("Ben Poe", "Reuters")]
