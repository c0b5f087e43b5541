"""A captioned picture whose only source is a ``data:`` URI is left out (Image.src names a file), with a warning.

Before, the figure and its caption were dropped without a word.
"""

from __future__ import annotations

import cqnews

_INLINE = "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHR8eHR"


def _page(figure: str) -> str:
    return (
        "<html><head><title>Ferry</title></head><body><article><h1>Ferry route approved</h1>"
        "<p>The council met on Tuesday to discuss the new ferry schedule for the harbour district.</p>"
        f"{figure}"
        "<p>Residents said they welcomed the decision, which had been debated for more than two years.</p>"
        "</article></body></html>"
    )


def _data_warnings(article: cqnews.Article) -> list[str]:
    return [w for w in article.extraction.warnings if "data: URI" in w]


def test_captioned_inline_picture_is_said_in_a_warning() -> None:
    figure = (
        f'<figure><img src="{_INLINE}" width="800" height="500">'
        "<figcaption>The new ferry at the north pier on Monday. Photo: Anna Roe</figcaption></figure>"
    )
    article = cqnews.parse(_page(figure), url="https://example.org/news/ferry")
    assert article.images == []
    (warning,) = _data_warnings(article)
    assert warning.startswith("1 captioned picture(s) whose only source is a data: URI")


def test_placeholder_with_a_lazy_source_is_the_picture_and_no_warning() -> None:
    figure = (
        f'<figure><img src="{_INLINE}" data-src="/img/ferry.jpg" width="800" height="500">'
        "<figcaption>The new ferry at the north pier on Monday.</figcaption></figure>"
    )
    article = cqnews.parse(_page(figure), url="https://example.org/news/ferry")
    assert [(im.src, im.caption) for im in article.images] == [
        ("https://example.org/img/ferry.jpg", "The new ferry at the north pier on Monday.")
    ]
    assert _data_warnings(article) == []


def test_uncaptioned_inline_picture_gives_no_warning() -> None:
    figure = f'<figure><img src="{_INLINE}" width="800" height="500"></figure>'
    article = cqnews.parse(_page(figure), url="https://example.org/news/ferry")
    assert article.images == []
    assert _data_warnings(article) == []
