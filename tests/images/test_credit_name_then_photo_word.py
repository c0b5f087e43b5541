"""A person's name and a photo word after it, no label, closing a caption ("… on Saturday. Tom Reyes photo",
"(Marie Dubois photo)"): the taker's credit, as an agency before its photo word is ("Reuters photo"), when the name
opens with a known given name. Capitalised words of a thing before "photo" stay caption text. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Vendors set up stalls in the old market hall before dawn on Saturday."


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("Tom Reyes photo", "Tom Reyes"),
        ("(Marie Dubois photo)", "Marie Dubois"),
        ("Lena Hartmann Photo", "Lena Hartmann"),
    ],
)
def test_name_then_photo_word_is_the_credit(credit: str, name: str) -> None:
    assert caption_and_credits(f"{_CAPTION} {credit}") == (_CAPTION, [(name, None, credit)])


@pytest.mark.parametrize("tail", ["Harbour Crane photo", "Main Street photo"])
def test_a_thing_before_photo_stays_caption_text(tail: str) -> None:
    written = f"{_CAPTION} {tail}"
    assert caption_and_credits(written) == (written, [])
