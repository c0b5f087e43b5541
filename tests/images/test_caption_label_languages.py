"""The word "caption" written as a visible label before the caption's text: made-up pages."""

from __future__ import annotations

import pytest

import cqnews

_TEXT = "<p>" + "The council said on Monday that the new bridge over the river would open next spring. " * 3 + "</p>"


@pytest.mark.parametrize(
    ("figcaption", "caption"),
    [
        ("<span>Caption:</span> The new bridge at dawn. Photo: Anna Roe", "The new bridge at dawn."),
        ("<b>Bildunterschrift:</b> Die neue Brücke am Morgen. Foto: Anna Roe", "Die neue Brücke am Morgen."),
        ("Légende : Le nouveau pont à l'aube. Photo : Anna Roe", "Le nouveau pont à l'aube."),
    ],
)
def test_a_caption_label_is_no_caption_text(figcaption: str, caption: str) -> None:
    figure = f'<figure><img src="https://example.com/img/bridge-river.jpg"><figcaption>{figcaption}</figcaption></figure>'
    page = f"<html><body><article><h1>Bridge opens</h1>{_TEXT}{figure}{_TEXT}{_TEXT}</article></body></html>"
    image = cqnews.parse(page, url="https://example.com/news/bridge").images[0]
    assert image.caption == caption
    assert [c.name for c in image.credits] == ["Anna Roe"]


def test_an_off_screen_label_is_no_caption_text() -> None:
    # a screen reader's label in a span of class "off-screen", no colon after it
    figcaption = '<span class="off-screen">Image caption</span><span class="text">The new bridge at dawn</span>'
    figure = f'<figure><img src="https://example.com/img/bridge-river.jpg"><figcaption>{figcaption}</figcaption></figure>'
    page = f"<html><body><article><h1>Bridge opens</h1>{_TEXT}{figure}{_TEXT}{_TEXT}</article></body></html>"
    image = cqnews.parse(page, url="https://example.com/news/bridge").images[0]
    assert image.caption == "The new bridge at dawn"


def test_a_video_players_notice_is_no_caption() -> None:
    # the picture a player shows until its video loads, with the player's notice where a caption would stand
    figure = (
        '<figure><img src="https://example.com/img/bridge-river.jpg">'
        '<div class="player__caption">Media playback is unsupported on your device</div>'
        "<figcaption>The new bridge at dawn. Photo: Anna Roe</figcaption></figure>"
    )
    page = f"<html><body><article><h1>Bridge opens</h1>{_TEXT}{figure}{_TEXT}{_TEXT}</article></body></html>"
    images = cqnews.parse(page, url="https://example.com/news/bridge").images
    assert images and all("playback" not in (image.caption or "") for image in images)


def test_a_player_notice_alone_leaves_the_caption_none() -> None:
    figure = (
        '<figure><img src="https://example.com/img/bridge-river.jpg">'
        "<figcaption>Media playback is unsupported on your device</figcaption></figure>"
    )
    page = f"<html><body><article><h1>Bridge opens</h1>{_TEXT}{figure}{_TEXT}{_TEXT}</article></body></html>"
    assert [image.caption for image in cqnews.parse(page, url="https://example.com/news/bridge").images] == [None]


def test_the_pictures_file_name_is_no_caption() -> None:
    # a gallery link whose title is the upload's file name
    figure = (
        '<figure><a href="https://example.com/up/gallery_pic_07.png" title="gallery_pic_07">'
        '<img src="https://example.com/up/gallery_pic_07-150x150.png"></a>'
        "<figcaption>gallery_pic_07</figcaption></figure>"
    )
    page = f"<html><body><article><h1>Bridge opens</h1>{_TEXT}{figure}{_TEXT}{_TEXT}</article></body></html>"
    assert [image.caption for image in cqnews.parse(page, url="https://example.com/news/bridge").images] == [None]


def test_a_one_word_caption_unlike_the_file_name_stays() -> None:
    figure = '<figure><img src="https://example.com/up/img_0412.jpg"><figcaption>Sunrise</figcaption></figure>'
    page = f"<html><body><article><h1>Bridge opens</h1>{_TEXT}{figure}{_TEXT}{_TEXT}</article></body></html>"
    assert [image.caption for image in cqnews.parse(page, url="https://example.com/news/bridge").images] == ["Sunrise"]


def test_a_malformed_picture_address_is_read_without_error() -> None:
    figure = '<figure><img src="http://[bad/up/bridge_07.png"><figcaption>bridge_07</figcaption></figure>'
    page = f"<html><body><article><h1>Bridge opens</h1>{_TEXT}{figure}{_TEXT}{_TEXT}</article></body></html>"
    images = cqnews.parse(page, url="https://example.com/news/bridge").images
    assert all(image.caption is None for image in images)
