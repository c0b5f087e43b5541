"""A "Photo by …" credit set apart as the first part of a caption (``<em>Photo by Anna Roe</em><br>Caption``): the
credit ends where its element ends, the caption after it stays caption. Made-up figures."""

from __future__ import annotations

import pytest

from tests.figure_helpers import figure_images

_SRC = "https://www.example.de/img/rat-1200.jpg"
_CAP = "Die Ratsmitglieder stimmen am Montag über die Sanierung ab."


@pytest.mark.parametrize(
    ("credit_el", "credit"),
    [
        ("<em>Photo by Jonas Weber</em><br>", "Photo by Jonas Weber"),
        ("<strong>Photographed by Jonas Weber</strong> ", "Photographed by Jonas Weber"),
        ("<span>Image by Jonas Weber/Stadtanzeiger</span>", "Image by Jonas Weber/Stadtanzeiger"),
    ],
)
def test_leading_by_credit_element(credit_el: str, credit: str) -> None:
    figure = f'<figure><img src="{_SRC}"><figcaption>{credit_el}{_CAP}</figcaption></figure>'
    assert figure_images(figure) == [(_CAP, [credit])]
