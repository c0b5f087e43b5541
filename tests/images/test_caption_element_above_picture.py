"""A caption element written above its picture (``<p class="caption">Caption</p><p><img></p>``) is the picture's
caption when no picture before it took it; the caption of a picture above stays that picture's. Made-up pages."""

from __future__ import annotations

import cqnews

_A = "https://media.example.com/2026/03/ferry-1400.jpg"
_B = "https://media.example.com/2026/03/pier-1400.jpg"
_LEDES = [
    "<p>The ferry service resumed on Thursday after a week of repairs to the northern pier, officials said.</p>",
    "<p>Passengers queued from early morning, and the first crossing left twenty minutes late.</p>",
    "<p>The operator said a second boat would join the route in May if demand held up.</p>",
]


def _images(figure: str) -> list[tuple[str | None, str | None, list[str]]]:
    html = (
        "<html><head><title>Ferry resumes</title></head><body><article><h1>Ferry resumes</h1>"
        f"{_LEDES[0]}{figure}{_LEDES[1]}{_LEDES[2]}</article></body></html>"
    )
    article = cqnews.parse(html, url="https://news.example.com/2026/03/12/ferry.html")
    return [(i.src, i.caption, [c.raw for c in i.credits]) for i in article.images]


def test_caption_element_above_picture() -> None:
    figure = f'<p class="caption">The first ferry leaves the pier. (Photo: Noor Haddad)</p><p><img src="{_A}"></p>'
    assert _images(figure) == [(_A, "The first ferry leaves the pier.", ["(Photo: Noor Haddad)"])]


def test_caption_below_first_picture_stays_with_it() -> None:
    figure = (
        f'<p><img src="{_A}"></p><p class="caption">The first ferry leaves the pier.</p>'
        f'<p><img src="{_B}"></p>'
    )
    assert _images(figure) == [(_A, "The first ferry leaves the pier.", []), (_B, None, [])]
