"""Photo credits printed beside the picture under a label (made-up pages)."""

from __future__ import annotations

from tests.figure_helpers import IMG
from tests.figure_helpers import figure_images as _images


def test_labelled_credit_in_a_plain_element_after_the_figcaption() -> None:
    figure = (
        f'<figure><picture>{IMG}</picture><figcaption class="mt-2">Der Rat tagt im Rathaus.</figcaption>'
        '<div class="mt-1"><small class="text-gray">© Anna Roe</small></div></figure>'
    )
    assert _images(figure) == [("Der Rat tagt im Rathaus.", ["© Anna Roe"])]


def test_labelled_source_in_a_box_that_is_no_figure() -> None:
    box = (
        f'<div class="image-box"><picture>{IMG}</picture><div class="image-box__caption">Der Rat im Rathaus</div>'
        '<div class="image-box__author">Источник: Фонд Открытые Данные</div></div>'
    )
    images = _images(box)
    assert len(images) == 1
    assert images[0][1] == ["Источник: Фонд Открытые Данные"]


def test_unlabelled_name_beside_the_picture_is_no_credit() -> None:
    figure = (
        f'<figure><picture>{IMG}</picture><figcaption>Der Rat tagt im Rathaus.</figcaption>'
        '<div><small class="text-gray">Anna Roe</small></div></figure>'
    )
    assert _images(figure)[0][1] == []
