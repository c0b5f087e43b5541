"""A picture word and "via" before a capitalised giver closing a caption, with no bracket ("… on Tuesday. Image via
Lakeside Council", "Photos via Anna Roe"; credit_text.patterns.CREDIT_TRAIL_KEYWORD) is the credit, as the same in
brackets already was. Before, it stayed caption text. "via" inside the sentence before a platform ("share photos via
WhatsApp") stays caption text: the keyword needs the picture word's capital. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Ferries wait at the pier as fog lifts over the bay on Sunday."


@pytest.mark.parametrize(
    ("credit", "name", "organization"),
    [
        ("Image via Lakeside Council", None, "Lakeside Council"),
        ("Photos via Anna Roe", "Anna Roe", None),
        ("Photo via Getty Images", None, "Getty Images"),
    ],
)
def test_a_picture_word_and_via_close_the_caption(credit: str, name: str | None, organization: str | None) -> None:
    assert caption_and_credits(f"{_CAPTION} {credit}") == (_CAPTION, [(name, organization, credit)])


def test_via_inside_the_sentence_stays_caption_text() -> None:
    text = "Passengers share photos via WhatsApp as fog lifts over the bay on Sunday."
    assert caption_and_credits(text) == (text, [])
