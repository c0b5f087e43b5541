"""A credit element set before the picture in its figure (``<figure><span class="credit">Anna Roe/Reuters</span>
<img><figcaption>…``: themes that lay the credit over the picture's corner write it first). The picture's credit,
not text lost because no picture came before it; so in a plain box holding the picture and no other (``<div
class="article-image"><div class="photo-credit">…</div><img>…``). Made-up pages."""

from __future__ import annotations

from tests.figure_helpers import IMG, figure_images

_CAPTION = "Die Ratsmitglieder stimmen am Montag über die Sanierung ab."


def test_credit_span_before_the_picture_is_its_credit() -> None:
    figure = (
        f'<figure><span class="image-credit">Anna Roe/Reuters</span>{IMG}<figcaption>{_CAPTION}</figcaption></figure>'
    )
    assert figure_images(figure) == [(_CAPTION, ["Anna Roe/Reuters"])]


def test_credit_div_before_a_wrapped_picture() -> None:
    figure = (
        f'<figure class="lead"><div class="photo-credit">Karl Lenz</div><div class="frame">{IMG}</div>'
        f"<figcaption>{_CAPTION}</figcaption></figure>"
    )
    assert figure_images(figure) == [(_CAPTION, ["Karl Lenz"])]


def test_credit_after_the_picture_still_read_as_before() -> None:
    figure = f'<figure>{IMG}<figcaption>{_CAPTION} <span class="credit">Anna Roe/Reuters</span></figcaption></figure>'
    assert figure_images(figure) == [(_CAPTION, ["Anna Roe/Reuters"])]


def test_credit_div_before_the_picture_in_a_plain_box() -> None:
    box = (
        f'<div class="article-image"><div class="photo-credit">Karl Lenz/Harzer Bote</div>{IMG}'
        f'<div class="photo-caption">{_CAPTION}</div></div>'
    )
    assert figure_images(box) == [(_CAPTION, ["Karl Lenz/Harzer Bote"])]


def test_credit_before_another_picture_in_the_box_is_not_taken() -> None:
    other = '<img src="https://www.example.de/img/strasse-1200.jpg" width="1200" height="800" alt="Straße">'
    box = (
        f'<div class="pair"><div class="photo-credit">Karl Lenz</div>{other}{IMG}'
        f'<div class="photo-caption">{_CAPTION}</div></div>'
    )
    assert ("Die Ratsmitglieder stimmen am Montag über die Sanierung ab.", ["Karl Lenz"]) not in figure_images(box)[1:]
