"""A gallery counter before a caption ("2 / 7", "2 of 7" before a capital), and a caption written twice before its
credit: made-up pages."""

from __future__ import annotations

import pytest

import cqnews

_TEXT = "<p>" + "The council said on Monday that the new bridge over the river would open next spring. " * 3 + "</p>"


def _image(figcaption: str) -> cqnews.Image:
    figure = f'<figure><img src="https://example.com/img/bridge-river.jpg"><figcaption>{figcaption}</figcaption></figure>'
    page = f"<html><body><article><h1>Bridge opens</h1>{_TEXT}{figure}{_TEXT}{_TEXT}</article></body></html>"
    return cqnews.parse(page, url="https://example.com/news/bridge").images[0]


@pytest.mark.parametrize(
    "figcaption",
    [
        '<span class="count">2 / 7</span> The new bridge at dawn. Photo: Anna Roe',
        "3/12 The new bridge at dawn. Photo: Anna Roe",
        '<span class="slide-count">2 of 7</span> The new bridge at dawn. Photo: Anna Roe',
        "4 von 9 The new bridge at dawn. Photo: Anna Roe",
    ],
)
def test_a_gallery_counter_is_no_caption_text(figcaption: str) -> None:
    image = _image(figcaption)
    assert image.caption == "The new bridge at dawn."
    assert [c.name for c in image.credits] == ["Anna Roe"]


def test_a_caption_written_twice_before_its_credit_is_one_caption() -> None:
    image = _image("The new bridge at dawn. The new bridge at dawn. Foto: Anna Roe")
    assert image.caption == "The new bridge at dawn."
    assert [c.name for c in image.credits] == ["Anna Roe"]


def test_a_number_of_a_number_before_a_small_letter_stays_caption_text() -> None:
    image = _image("2 of 5 lanes of the new bridge open at dawn. Photo: Anna Roe")
    assert image.caption == "2 of 5 lanes of the new bridge open at dawn."
