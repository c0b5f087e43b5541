"""Pictures a lazy-loading script shows from a ``data-*`` attribute cqnews has no name for
(cqnews.extract.image_sources): the placeholder ``src`` names no picture, the attribute does."""

from __future__ import annotations

import lxml.html

from cqnews.extract.images import find_images

BASE = "https://news.example.com/2024/05/16/story.html"
_PIXEL = "data:image/gif;base64,R0lGODlhAQABAAAAACw="


def _figure(img_attrs: str, caption: str) -> lxml.html.HtmlElement:
    html = (
        f"<html><body><article><p>The mayor opened the bridge on Sunday morning.</p>"
        f'<figure><img src="{_PIXEL}" {img_attrs}><figcaption>{caption}</figcaption></figure>'
        f"<p>Traffic was light in the first hours.</p></article></body></html>"
    )
    return lxml.html.fromstring(html)


def test_unknown_attribute_holding_an_image_file() -> None:
    root = _figure('data-lazy-image="/media/2024/bridge.jpg?w=1200"', "The new bridge at dawn")
    (draft,) = find_images(root, BASE)
    assert draft.src == "https://news.example.com/media/2024/bridge.jpg?w=1200"
    assert draft.caption == "The new bridge at dawn"


def test_unknown_srcset_attribute_gives_its_largest_variant() -> None:
    root = _figure(
        'data-srcset-webp="https://cdn.example.com/b-480.webp 480w, https://cdn.example.com/b-1440.webp 1440w"',
        "Cyclists crossing the bridge",
    )
    (draft,) = find_images(root, BASE)
    assert draft.src == "https://cdn.example.com/b-1440.webp"
    assert draft.caption == "Cyclists crossing the bridge"


def test_picture_named_attribute_with_an_address_without_extension() -> None:
    root = _figure('data-image-url="https://img.example.com/a81c2f90d4"', "The mayor cuts the ribbon")
    (draft,) = find_images(root, BASE)
    assert draft.src == "https://img.example.com/a81c2f90d4"


def test_json_object_keyed_by_the_picture_address() -> None:
    attrs = """data-srcs='{"https://img.example.com/5f3e9a7c":{"contentType":"image/jpeg","width":900}}'"""
    root = _figure(attrs, "Crowds on the riverbank")
    (draft,) = find_images(root, BASE)
    assert draft.src == "https://img.example.com/5f3e9a7c"
    assert draft.caption == "Crowds on the riverbank"


def _page(figures: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><body><article><p>The bridge opened.</p>{figures}</article></body></html>")


def test_addresses_under_other_names_are_no_picture() -> None:
    # a link target and a tracking id name no picture: only the second figure has one
    root = _page(
        f'<figure><img src="{_PIXEL}" data-href="https://news.example.com/other-story" data-track="hero-1">'
        "<figcaption>A link, not a picture</figcaption></figure>"
        f'<figure><img src="{_PIXEL}" data-photo="https://img.example.com/9d2b7e11">'
        "<figcaption>The river at night</figcaption></figure>"
    )
    (draft,) = find_images(root, BASE)
    assert draft.src == "https://img.example.com/9d2b7e11"
    assert draft.caption == "The river at night"


def test_a_real_src_wins_over_unknown_attributes() -> None:
    root = _page(
        '<figure><img src="/media/shown.jpg" data-zoom-image="/media/zoom.jpg">'
        "<figcaption>The shown picture</figcaption></figure>"
        f'<figure><img src="{_PIXEL}" data-zoom-image="/media/second.jpg">'
        "<figcaption>The second picture</figcaption></figure>"
    )
    first, second = find_images(root, BASE)
    assert first.src == "https://news.example.com/media/shown.jpg"
    assert second.src == "https://news.example.com/media/second.jpg"
