"""A caption element written before the picture in a plain wrapper of the two (``<div><div class="caption">…</div>
<img></div>``, a theme that prints the caption above the picture): the picture's caption; a caption element of an
earlier picture, or a wrapper holding more than the two, gives none (made-up figures)."""

from __future__ import annotations

import lxml.html

from cqnews.extract.images import find_images

BASE = "https://news.example.com/2024/05/16/story.html"
IMG = '<img src="/f/road-work.jpg" width="1200" height="800">'
CAPTION = "Crews resurface the road on Sunday."


def _captions(html: str) -> list[str | None]:
    root = lxml.html.fromstring(f"<html><body><article><p>First paragraph.</p>{html}<p>More.</p></article></body></html>")
    return [d.caption for d in find_images(root, BASE)]


def test_caption_div_before_the_picture() -> None:
    assert _captions(f'<div class="media"><div class="caption">{CAPTION}</div>{IMG}</div>') == [CAPTION]


def test_caption_paragraph_before_the_picture() -> None:
    assert _captions(f'<div><p class="wp-caption-text">{CAPTION}</p><a href="/story/">{IMG}</a></div>') == [CAPTION]


def test_plain_paragraph_before_the_picture_is_no_caption() -> None:
    assert _captions(f"<div><p>{CAPTION}</p>{IMG}</div>") == [None]


def test_caption_of_the_picture_before_stays_with_it() -> None:
    html = (
        f'<div><img src="/f/bridge.jpg" width="1200" height="800"><p class="caption">The bridge at dusk.</p></div>'
        f'<div><p class="caption">{CAPTION}</p>{IMG}</div>'
    )
    assert _captions(html) == ["The bridge at dusk.", CAPTION]
