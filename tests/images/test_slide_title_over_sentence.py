"""A gallery slide's title over its description, as plain texts beside the picture in its wrapper (Wix's
``item-title``/``item-description``, Squarespace's slides): the description is the caption and the title no credit,
as test_caption_slide_title_before_description reads a lower-case title. Before, the description was read as the
picture's credit (a credit holding a sentence) and a title of one capitalised word, "Embankment", came out as the
credit's organisation. A caption beside its credit
(``<div>Caption.</div><div>REUTERS</div>``) stays so. Made-up pages (Session 61)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits, figure_images

_EN = "Volunteers plant oak saplings along the river trail on Tuesday."
_SRC = "https://img.example.com/p/2026/a1.jpg"


def _wix(title: str, text: str) -> str:
    return (
        f'<div data-hook="gallery-item"><div class="gallery-item-container"><img src="{_SRC}">'
        f'<div data-hook="item-title">{title}</div><div data-hook="item-description">{text}</div></div></div>'
    )


@pytest.mark.parametrize("title", ["Embankment", "River trail in spring"])
def test_title_and_description_are_one_caption(title: str) -> None:
    assert figure_images(_wix(title, _EN)) == [(_EN, [])]


def test_credit_after_the_description_is_split_off() -> None:
    ((caption, credits),) = figure_images(_wix("River trail", f"{_EN} Photo: Anna Roe"))
    assert (caption, credits) == (_EN, ["Photo: Anna Roe"])


def test_caption_beside_its_credit_stays() -> None:
    markup = f'<div class="item"><img src="{_SRC}"><div>{_EN}</div><div>Anna Roe/Valley Times</div></div>'
    assert figure_images(markup) == [(_EN, ["Anna Roe/Valley Times"])]
    assert caption_and_credits(_EN) == (_EN, [])
