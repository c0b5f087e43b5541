"""A carousel script's copies of its slides made for an endless loop (slick's "slick-cloned", Swiper's
"swiper-slide-duplicate") are no pictures of the article: the slides come once each, in their own order."""

from __future__ import annotations

import cqnews

_TEXT = (
    "The harbour authority said on Monday that the new terminal would open in the autumn after three years of "
    "work on the eastern quay."
)
_CRANE = "https://cdn.example.org/2026/05/crane-1600.jpg"
_DOCK = "https://cdn.example.org/2026/05/dock-1600.jpg"


def _slide(cls: str, src: str, caption: str) -> str:
    return f"<div class='{cls}'><figure><img src='{src}'><figcaption>{caption}</figcaption></figure></div>"


def _images(copy_class: str, slide_class: str) -> list[tuple[str, str | None]]:
    slides = (
        _slide(f"{slide_class} {copy_class}", _DOCK, "Dock workers gather before the night shift.")
        + _slide(slide_class, _CRANE, "A crane lifts a container on the eastern quay.")
        + _slide(slide_class, _DOCK, "Dock workers gather before the night shift.")
        + _slide(f"{slide_class} {copy_class}", _CRANE, "A crane lifts a container on the eastern quay.")
    )
    html = (
        "<html><head><title>New terminal to open in autumn</title></head><body><article>"
        f"<h1>New terminal to open in autumn</h1><p>{_TEXT}</p><div class='carousel'>{slides}</div><p>{_TEXT}</p>"
        "</article></body></html>"
    )
    article = cqnews.parse(html, url="https://news.example.org/2026/05/12/terminal.html")
    return [(image.src, image.caption) for image in article.images]


def test_slick_clones_are_skipped() -> None:
    assert _images("slick-cloned", "slick-slide") == [
        (_CRANE, "A crane lifts a container on the eastern quay."),
        (_DOCK, "Dock workers gather before the night shift."),
    ]


def test_swiper_duplicates_are_skipped() -> None:
    assert _images("swiper-slide-duplicate", "swiper-slide") == [
        (_CRANE, "A crane lifts a container on the eastern quay."),
        (_DOCK, "Dock workers gather before the night shift."),
    ]
