"""An SVG ``<image>`` as a figure's picture (seventeenth reliability round, its leftovers).

A theme that crops or masks a picture may draw it in an SVG (``<figure><svg><image href=…/></svg><figcaption>``);
the figure gave no image and no warning. The SVG ``<image>`` of a captioned figure holding no ``<img>`` is read as
its picture, its ``href`` (or SVG 1.1's ``xlink:href``) under the rules of an ``<img>``'s source: joined with the
page URL, a ``data:`` URI left out with the warning such pictures have, another scheme left out.
"""

from __future__ import annotations

import pytest

import cqnews

_TEXT = (
    "The bakery on the square sells a new rye loaf this week, baked from flour of the mill upstream in an oven lit "
    "at four in the morning, the baker said."
)


def _page(image: str, *, extra: str = "") -> str:
    return (
        "<html><head><title>A new loaf</title></head><body><article><h1>A new loaf</h1>"
        f"<p>{_TEXT}</p><figure>{extra}<svg viewBox='0 0 120 90' xmlns:xlink='http://www.w3.org/1999/xlink'>"
        f"<image {image} width='120' height='90'/></svg><figcaption>The baker with the rye loaf.</figcaption></figure>"
        f"<p>{_TEXT}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    "image",
    ["href='/pictures/rye-loaf.jpg'", "xlink:href='https://news.example/pictures/rye-loaf.jpg'"],
)
def test_the_svg_image_is_the_figure_picture(image: str) -> None:
    article = cqnews.parse(_page(image), url="https://news.example/bakery/rye")
    assert [(picture.src, picture.caption) for picture in article.images] == [
        ("https://news.example/pictures/rye-loaf.jpg", "The baker with the rye loaf.")
    ]


def test_an_inline_svg_picture_is_named() -> None:
    article = cqnews.parse(_page("href='data:image/png;base64,iVBORw0KGgo='"), url="https://news.example/bakery/rye")
    assert article.images == []
    assert any(
        warning.startswith("1 captioned picture(s) whose only source is a data: URI")
        for warning in article.extraction.warnings
    )


def test_another_scheme_is_no_picture() -> None:
    article = cqnews.parse(_page("href='javascript:void(0)'"), url="https://news.example/bakery/rye")
    assert article.images == []


def test_an_img_in_the_figure_stays_its_picture() -> None:
    page = _page("href='/pictures/mask.png'", extra="<img src='/pictures/rye-loaf-full.jpg' alt='Rye loaf'>")
    article = cqnews.parse(page, url="https://news.example/bakery/rye")
    assert [picture.src for picture in article.images] == ["https://news.example/pictures/rye-loaf-full.jpg"]
