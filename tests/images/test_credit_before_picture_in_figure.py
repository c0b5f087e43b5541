"""A credit element set before the picture in its figure (``<figure><span class="credit">Anna Roe/Reuters</span>
<img><figcaption>…``: themes that lay the credit over the picture's corner write it first). The picture's credit,
not text lost because no picture came before it. Made-up pages."""

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
