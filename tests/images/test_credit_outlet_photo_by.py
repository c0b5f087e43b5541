"""An outlet's name, a photo word and "by" before the taker's name, in a caption's closing bracket ("(Express photo
by Ravi Kumar)", "(Tribune Photo by Sara Diaz)"): the credit of the picture, the taker as the name and the outlet as
the organisation. A lower-case word after "by" or a sentence in the bracket stays caption text. Made-up captions."""

from __future__ import annotations

import pytest

from cqnews.draft import ImageDraft
from cqnews.enrich.captions import build_images

_CAPTION = "Residents queue outside the new library on Sunday."


def _built(written: str) -> tuple[str | None, list[tuple[str | None, str | None]]]:
    (image,) = build_images([ImageDraft(src="https://x.example/a.jpg", caption=written)])
    return image.caption, [(c.name, c.organization) for c in image.credits]


@pytest.mark.parametrize(
    ("bracket", "name", "outlet"),
    [
        ("(Express photo by Ravi Kumar)", "Ravi Kumar", "Express"),
        ("(Tribune Photo by Sara Diaz)", "Sara Diaz", "Tribune"),
        ("(Deccan Herald photo by Anil Rao)", "Anil Rao", "Deccan Herald"),
    ],
)
def test_outlet_photo_by_a_name(bracket: str, name: str, outlet: str) -> None:
    assert _built(f"{_CAPTION} {bracket}") == (_CAPTION, [(name, outlet)])


def test_photo_by_a_description_stays_in_the_caption() -> None:
    written = f"{_CAPTION} (Library photo by the river)"
    assert _built(written) == (written, [])
