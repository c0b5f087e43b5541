"""A photo word and a bar with a space on each side before the credit, after the caption's last sentence ("… on
Sunday. PHOTO | THABO NKOSI", the label some East African papers write): the bar is the label's mark, as a colon
("PHOTO: …") or a slash ("Photo/…") is. A file note after the bar names no one and stays caption text (docs/captions.md,
the file-note decision); a bar glued to a word is no such mark. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Fishermen haul their nets onto the beach at the old harbour on Sunday."


@pytest.mark.parametrize(
    ("credit", "name", "organization"),
    [
        ("PHOTO | THABO NKOSI", "Thabo Nkosi", None),
        ("Photo | Amina Wanjiru", "Amina Wanjiru", None),
        ("PHOTO | Amina Wanjiru | Coast Daily", "Amina Wanjiru", "Coast Daily"),
    ],
)
def test_photo_word_and_bar_open_the_credit(credit: str, name: str, organization: str | None) -> None:
    assert caption_and_credits(f"{_CAPTION} {credit}") == (_CAPTION, [(name, organization, credit)])


def test_file_note_after_the_bar_stays_caption_text() -> None:
    written = f"{_CAPTION} PHOTO | FILE"
    assert caption_and_credits(written) == (written, [])


def test_bar_glued_to_the_word_is_no_label() -> None:
    written = "Nets and boats on the beach at dawn, the PHOTO|ARCHIVE wall behind them."
    assert caption_and_credits(written) == (written, [])
