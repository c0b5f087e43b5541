"""An outlet's photo closing a caption with no label: capitalised words an organisation's word names before a photo
word ("… Lakeside Sentinel photo"), any capitalised words before "file photo" ("… Ashdown Family file photo"), a
known agency before "file photo" ("… Reuters file photo"), bare or in brackets. Before, each stayed caption text.
A thing's name before a photo word ("Harbour Crane photo"), one unknown word ("Archive file photo") and lower-case
words ("A rare photo") stay caption text. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Workers lift the last steel beam onto the new river bridge on Tuesday afternoon."


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("Lakeside Sentinel photo", "Lakeside Sentinel"),
        ("Lakeside Sentinel file photo", "Lakeside Sentinel"),
        ("(Lakeside Sentinel file photo)", "Lakeside Sentinel"),
        ("Marsh County Gazette photo", "Marsh County Gazette"),
        ("Ashdown Family file photo", "Ashdown Family"),
        ("Reuters file photo", "Reuters"),
    ],
)
def test_outlet_and_photo_word_close_the_caption(credit: str, outlet: str) -> None:
    assert caption_and_credits(f"{_CAPTION} {credit}") == (_CAPTION, [(None, outlet, credit)])


@pytest.mark.parametrize("tail", ["Harbour Crane photo", "Archive file photo", "A rare photo", "Another photo"])
def test_other_words_before_a_photo_word_stay_caption_text(tail: str) -> None:
    written = f"{_CAPTION} {tail}"
    assert caption_and_credits(written) == (written, [])
