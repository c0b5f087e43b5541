"""A spaced dash after the caption's last sentence, then a person's name alone that opens with a known given name or
is shaped as only a person's is ("… on Tuesday afternoon. — Thomas Ashdown"), closes the caption as its credit, as
a bar before the name does. Before, the dash and the name stayed caption text. A dash inside the sentence ("… on
Tuesday — Thomas Ashdown") and a place after it ("— New York") stay caption text. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Workers lift the last steel beam onto the new river bridge on Tuesday afternoon."


@pytest.mark.parametrize(
    ("dash", "name"),
    [("—", "Thomas Ashdown"), ("-", "Tamsin Achebe-Lund"), ("–", "Sarah Whitcombe")],
)
def test_dash_and_taker_after_the_sentence_close_the_caption(dash: str, name: str) -> None:
    assert caption_and_credits(f"{_CAPTION} {dash} {name}") == (_CAPTION, [(name, None, name)])


@pytest.mark.parametrize(
    "written",
    [
        "Workers lift the last steel beam onto the bridge on Tuesday — Thomas Ashdown",
        f"{_CAPTION} — New York",
    ],
)
def test_other_dashes_stay_caption_text(written: str) -> None:
    assert caption_and_credits(written) == (written, [])
