"""A thumbnail inside a link to its full-size file (a WordPress gallery's "<a href=".../bridge.jpg"><img
src=".../bridge-150x150.jpg"></a>", a Drupal image style's link to the original): the image's source is the full-size
file; a link to another picture leaves the thumbnail (made-up figures)."""

from __future__ import annotations

import lxml.html

from cqnews.extract.images import find_images

BASE = "https://news.example.com/2024/05/16/story.html"
UPLOADS = "https://news.example.com/wp-content/uploads/2024/05/"


def _sources(figure: str) -> list[str | None]:
    root = lxml.html.fromstring(f"<html><body><article><p>First paragraph.</p>{figure}<p>More.</p></article></body></html>")
    return [d.src for d in find_images(root, BASE)]


def test_gallery_thumbnail_takes_the_linked_full_size_file() -> None:
    figure = """<figure class="gallery-item"><a href="/wp-content/uploads/2024/05/harbour-bridge.jpg">
        <img src="/wp-content/uploads/2024/05/harbour-bridge-150x150.jpg" width="150" height="150"></a>
        <figcaption>The bridge at dusk.</figcaption></figure>"""
    assert _sources(figure) == [UPLOADS + "harbour-bridge.jpg"]


def test_image_style_thumbnail_takes_the_original() -> None:
    figure = """<div class="field-image"><a href="/sites/default/files/harbour-bridge.jpg"><span class="wrap">
        <img src="/sites/default/files/styles/thumbnail/public/harbour-bridge.jpg?itok=ab12"></span></a></div>"""
    assert _sources(figure) == ["https://news.example.com/sites/default/files/harbour-bridge.jpg"]


def test_link_to_another_picture_keeps_the_image() -> None:
    figure = """<figure><a href="/wp-content/uploads/2024/05/city-hall.jpg">
        <img src="/wp-content/uploads/2024/05/harbour-bridge-300x200.jpg"></a></figure>"""
    assert _sources(figure) == [UPLOADS + "harbour-bridge-300x200.jpg"]


def test_lightbox_link_takes_the_full_size_file_of_another_name() -> None:
    for attrs in ('data-lightbox="story"', 'data-fancybox="gallery"', 'rel="lightbox[story]"', 'class="glightbox"'):
        figure = f"""<figure><a href="/media/originals/8f3a21.jpg" {attrs} data-title="The bridge at dusk.">
            <img src="/media/thumbs/bridge-small.jpg"></a><figcaption>The bridge at dusk.</figcaption></figure>"""
        assert _sources(figure) == ["https://news.example.com/media/originals/8f3a21.jpg"], attrs
