"""A photographer whose given name is borne by women and men alike ("Dana", "Casey", "Alex"; lexicon.
given_names_unisex) after a caption's bar or dash, or before a photo word, is its credit, as one with a gendered
given name is ("… | Tom Reyes"). A name that is also a place ("Paris", "Sydney") opens no person. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Workers repair the harbour road on Monday morning."


@pytest.mark.parametrize(
    ("tail", "name"),
    [
        ("| Dana Reyes", "Dana Reyes"),
        ("— Casey Lindqvist", "Casey Lindqvist"),
        ("(Alex Moreau photo)", "Alex Moreau"),
        ("Jamie Okafor photo", "Jamie Okafor"),
    ],
)
def test_unisex_given_name_after_the_caption_is_its_credit(tail: str, name: str) -> None:
    raw = tail.removeprefix("| ").removeprefix("— ")
    assert caption_and_credits(f"{_CAPTION} {tail}") == (_CAPTION, [(name, None, raw)])


def test_a_place_before_photo_stays_caption_text() -> None:
    written = f"{_CAPTION} Sydney Harbour photo"
    assert caption_and_credits(written) == (written, [])
