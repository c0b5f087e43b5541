"""A line holding only a photo credit right above a captioned figure whose caption names no one ("<p>Photo: Maria
Ortiz</p><figure><img><figcaption>…</figcaption></figure>") is that picture's credit, written above it. Before, it
became an image of its own with no source and no caption. Made-up pages."""

from __future__ import annotations

import pytest

import cqnews

_SRC = "https://cdn.example.org/uploads/2026/05/harbour-crane-1600.jpg"
_CAPTION = "Workers unload containers at the eastern terminal on Tuesday morning."
_LEDE = "<p>" + "The harbour authority said on Monday that the new terminal would open in the autumn. " * 3 + "</p>"
_TAIL = "<p>" + "Officials expect container traffic to keep growing over the next three years. " * 3 + "</p>"


def _images(figure: str) -> list[tuple[str | None, str | None, list[str]]]:
    page = (f"<html><head><title>New terminal to open</title></head><body><article><h1>New terminal to open</h1>"
            f"{_LEDE}{figure}{_TAIL}</article></body></html>")
    article = cqnews.parse(page, url="https://news.example.org/2026/05/12/terminal.html")
    return [(i.src, i.caption, [c.raw for c in i.credits]) for i in article.images]


@pytest.mark.parametrize("credit", ["Photo: Maria Ortiz", "(Maria Ortiz/The Ledger)"])
def test_credit_line_above_a_captioned_figure_is_its_credit(credit: str) -> None:
    figure = f'<p class="photo-credit">{credit}</p><figure><img src="{_SRC}"><figcaption>{_CAPTION}</figcaption></figure>'
    assert _images(figure) == [(_SRC, _CAPTION, [credit])]


def test_figure_with_its_own_credit_keeps_it() -> None:
    figure = (f'<p class="photo-credit">Photo: Maria Ortiz</p><figure><img src="{_SRC}"><figcaption>{_CAPTION} '
              "Photo: Tom Reyes</figcaption></figure>")
    images = _images(figure)
    assert (_SRC, _CAPTION, ["Photo: Tom Reyes"]) in images
