"""What follows a caption's bar is its credit when it reads as one by itself, as after the caption's last sentence
(a person's name opening with a known given name or shaped as only a person's is, "… on Tuesday | Tamsin
Achebe-Lund"; an outlet's file photo, "… | Lakeside Sentinel file photo"), not only a chain with a slash or a known
agency. Before, such a bar and its credit stayed in the caption. A place's or a building's name after a bar ("New
York", "Town Hall", "Victoria Station") stays caption text. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Workers lift the last steel beam onto the new river bridge on Tuesday afternoon"


@pytest.mark.parametrize(
    ("credit", "name", "outlet"),
    [
        ("Tamsin Achebe-Lund", "Tamsin Achebe-Lund", None),
        ("Maria Delacroix-Vane", "Maria Delacroix-Vane", None),
        ("Thomas Ashdown", "Thomas Ashdown", None),
        ("Lakeside Sentinel file photo", None, "Lakeside Sentinel"),
    ],
)
def test_credit_after_the_bar_closes_the_caption(credit: str, name: str | None, outlet: str | None) -> None:
    assert caption_and_credits(f"{_CAPTION} | {credit}") == (_CAPTION, [(name, outlet, credit)])


@pytest.mark.parametrize("tail", ["New York", "Town Hall", "Victoria Station", "more photos"])
def test_place_after_the_bar_stays_caption_text(tail: str) -> None:
    written = f"{_CAPTION} | {tail}"
    assert caption_and_credits(written) == (written, [])
