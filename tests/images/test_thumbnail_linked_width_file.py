"""A theme's featured picture: a thumbnail with its size after the name ("pier-fog-696x392.jpg") inside a link to
the full-size file named with its width alone ("pier-fog-1600.jpg", the Newspaper theme's td-modal-image link).
The link names the same picture, so the image's source is the linked file; a link to a file of another name, or
a numbered file of another picture, leaves the thumbnail (made-up figures)."""

from __future__ import annotations

import lxml.html

from cqnews.extract.images import find_images

BASE = "https://news.example.org/2026/04/ferry.html"
UPLOADS = "https://news.example.org/wp-content/uploads/2026/04/"


def _sources(figure: str) -> list[str | None]:
    root = lxml.html.fromstring(f"<html><body><article><p>First paragraph.</p>{figure}<p>More.</p></article></body></html>")
    return [d.src for d in find_images(root, BASE)]


def test_thumbnail_takes_the_linked_file_named_with_its_width() -> None:
    figure = """<div class="td-post-featured-image"><a href="/wp-content/uploads/2026/04/pier-fog-1600.jpg"
        class="td-modal-image"><img class="entry-thumb" src="/wp-content/uploads/2026/04/pier-fog-696x392.jpg"/></a>
        <span class="td-caption">Ferries wait at the pier.</span></div>"""
    assert _sources(figure) == [UPLOADS + "pier-fog-1600.jpg"]


def test_width_named_link_under_a_plain_figure() -> None:
    figure = """<figure><a href="/wp-content/uploads/2026/04/pier-fog_1200.jpg">
        <img src="/wp-content/uploads/2026/04/pier-fog-300x200.jpg"></a><figcaption>Fog.</figcaption></figure>"""
    assert _sources(figure) == [UPLOADS + "pier-fog_1200.jpg"]


def test_link_to_another_picture_with_a_number_keeps_the_thumbnail() -> None:
    figure = """<figure><a href="/wp-content/uploads/2026/04/city-hall-1600.jpg">
        <img src="/wp-content/uploads/2026/04/pier-fog-696x392.jpg"></a></figure>"""
    assert _sources(figure) == [UPLOADS + "pier-fog-696x392.jpg"]


def test_a_short_picture_number_is_no_width() -> None:
    figure = """<figure><a href="/wp-content/uploads/2026/04/pier-fog-12.jpg">
        <img src="/wp-content/uploads/2026/04/pier-fog-696x392.jpg"></a></figure>"""
    assert _sources(figure) == [UPLOADS + "pier-fog-696x392.jpg"]
