"""Credit forms at the end of a caption: "Credit..." (the New York Times' label) and "Name | Outlet"."""

from __future__ import annotations

import pytest

import cqnews

_TEXT = (
    "Heavy rain sent the river over its banks on Sunday, flooding dozens of homes and closing the main bridge "
    "into town for the second time this year, officials said."
)


def _image(figcaption: str) -> cqnews.Image:
    html = (
        "<html><head><title>Floods</title></head><body><article><h1>Floods hit the valley</h1>"
        f"<p>{_TEXT}</p><figure><img src='/img/a.jpg'><figcaption>{figcaption}</figcaption></figure><p>{_TEXT}</p>"
        "</article></body></html>"
    )
    [image] = cqnews.parse(html, url="https://valley.example/news/floods").images
    return image


@pytest.mark.parametrize(
    "figcaption",
    [
        "The closed bridge on Monday. Credit...Mark Hill for The Valley Times",
        "The closed bridge on Monday. Credit… Mark Hill/The Valley Times",
        "The closed bridge on Monday. Mark Hill | The Valley Times",
        "The closed bridge on Monday.<br><i>Mark Hill | The Valley Times</i>",
    ],
)
def test_credit_forms(figcaption: str) -> None:
    image = _image(figcaption)
    assert image.caption == "The closed bridge on Monday."
    assert [(c.name, c.organization) for c in image.credits] == [("Mark Hill", "The Valley Times")]


def test_a_bar_between_caption_words_is_no_credit() -> None:
    assert _image("Left to right: Ann Lee | Bob Ray | Cy Doe").caption == "Left to right: Ann Lee | Bob Ray | Cy Doe"


@pytest.mark.parametrize(
    "figure",
    [
        # the label in a hidden first child of the credit, the credit before the picture
        "<figure><span class='source'><span class='visually-hidden'>Image source, </span>Getty Images</span>"
        "<img src='/img/a.jpg'><figcaption><span class='visually-hidden'>Image caption, </span>"
        "The closed bridge on Monday</figcaption></figure>",
        "<figure><img src='/img/a.jpg'><figcaption>The closed bridge on Monday. Image source, Getty Images"
        "</figcaption></figure>",
    ],
)
def test_image_source_label(figure: str) -> None:
    html = (
        "<html><head><title>Floods</title></head><body><article><h1>Floods hit the valley</h1>"
        f"<p>{_TEXT}</p>{figure}<p>{_TEXT}</p></article></body></html>"
    )
    [image] = cqnews.parse(html, url="https://valley.example/news/floods").images
    assert image.caption is not None and image.caption.rstrip(".") == "The closed bridge on Monday"
    assert [(c.name, c.organization) for c in image.credits] == [(None, "Getty Images")]
