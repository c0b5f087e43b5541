"""A photo word in capitals with no colon, then a person's name in capitals, after the caption's last sentence
("… on Tuesday morning. PHOTO MARIA ORTIZ"): the picture's credit, the name as the taker's. Written in mixed case
("… Photo Maria Ortiz") the words may be caption text, and stay so. Made-up captions."""

from __future__ import annotations

import pytest

from cqnews.draft import ImageDraft
from cqnews.enrich.captions import build_images

_CAPTION = "Workers unload containers at the eastern terminal on Tuesday morning."


def _built(written: str) -> tuple[str | None, list[tuple[str | None, str | None, str]]]:
    (image,) = build_images([ImageDraft(src="https://x.example/a.jpg", caption=written)])
    return image.caption, [(c.name, c.organization, c.raw) for c in image.credits]


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("PHOTO MARIA ORTIZ", "Maria Ortiz"),
        ("PHOTOS TOM REYES", "Tom Reyes"),
    ],
)
def test_capital_photo_word_and_name(credit: str, name: str) -> None:
    assert _built(f"{_CAPTION} {credit}") == (_CAPTION, [(name, None, credit)])


def test_mixed_case_photo_word_stays_caption_text() -> None:
    written = f"{_CAPTION} Photo Maria Ortiz"
    assert _built(written) == (written, [])
