"""WordPress's classic gallery wraps each picture in ``<dt class="gallery-icon">`` (or a div so classed): "icon"
beside "gallery" names a picture of the article's gallery, not an icon (made-up pages)."""

from __future__ import annotations

import cqnews

_LEDE = "<p>" + "The council voted on Monday to repair the bridge before the winter storms arrive. " * 4 + "</p>"


def _images(body: str) -> list[tuple[str | None, str | None]]:
    html = f"<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>{_LEDE}{body}{_LEDE}</article></body></html>"
    article = cqnews.parse(html, url="https://www.example.com/news/2024/05/bridge.html")
    return [(image.src, image.caption) for image in article.images]


def _item(n: int, caption: str) -> str:
    return (
        f'<dl class="gallery-item"><dt class="gallery-icon"><a href="/img/tower-{n}.jpg">'
        f'<img src="/img/tower-{n}-150x150.jpg" width="150" height="150"></a></dt>'
        f'<dd class="wp-caption-text gallery-caption">{caption}</dd></dl>'
    )


def test_classic_gallery_pictures_are_kept_with_their_captions() -> None:
    body = f'<div class="gallery galleryid-7">{_item(1, "North tower at dawn.")}{_item(2, "South tower at dusk.")}</div>'
    assert [caption for _, caption in _images(body)] == ["North tower at dawn.", "South tower at dusk."]


def test_an_icon_outside_a_gallery_is_still_no_picture() -> None:
    body = '<p><span class="share-icon"><img src="/img/mail.png" width="120" height="120"></span> Mail this story</p>'
    assert _images(body) == []
