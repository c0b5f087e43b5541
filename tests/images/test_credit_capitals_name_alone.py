"""A person's name alone in capitals after the caption's last sentence ("… on Tuesday morning. TOM REYES"), as some
papers set the taker's name: the picture's credit when its first word is a known given name. Capitals alone tell no
name from a place or a slogan ("NEW YORK CITY", "GO TEAM"): those stay caption text. Made-up captions."""

from __future__ import annotations

import pytest

from cqnews.draft import ImageDraft
from cqnews.enrich.captions import build_images

_CAPTION = "Workers unload containers at the eastern terminal on Tuesday morning."


def _built(written: str) -> tuple[str | None, list[tuple[str | None, str]]]:
    (image,) = build_images([ImageDraft(src="https://x.example/a.jpg", caption=written)])
    return image.caption, [(c.name, c.raw) for c in image.credits]


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("TOM REYES", "Tom Reyes"),
        ("MARIA ORTIZ", "Maria Ortiz"),
        ("SOPHIE MARLOW", "Sophie Marlow"),
    ],
)
def test_capitals_name_after_the_caption_is_its_credit(credit: str, name: str) -> None:
    assert _built(f"{_CAPTION} {credit}") == (_CAPTION, [(name, credit)])


@pytest.mark.parametrize("tail", ["NEW YORK CITY", "GO TEAM", "Tom Reyes", "TOM"])
def test_other_capitals_or_mixed_case_stay_caption_text(tail: str) -> None:
    written = f"{_CAPTION} {tail}"
    assert _built(written) == (written, [])
