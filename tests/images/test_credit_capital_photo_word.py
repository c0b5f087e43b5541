"""A photo word in capitals with no colon, then a person's name in capitals, after the caption's last sentence
("… on Tuesday morning. PHOTO MARIA ORTIZ"): the picture's credit, the name as the taker's. Written in mixed case
("… Photo Harbour Crane") the words may be caption text, and stay so, unless the name opens with a known given name
("… Photo Maria Ortiz": test_credit_photo_word_and_given_name). Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Workers unload containers at the eastern terminal on Tuesday morning."


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("PHOTO MARIA ORTIZ", "Maria Ortiz"),
        ("PHOTOS TOM REYES", "Tom Reyes"),
    ],
)
def test_capital_photo_word_and_name(credit: str, name: str) -> None:
    assert caption_and_credits(f"{_CAPTION} {credit}") == (_CAPTION, [(name, None, credit)])


def test_mixed_case_photo_word_stays_caption_text() -> None:
    written = f"{_CAPTION} Photo Harbour Crane"
    assert caption_and_credits(written) == (written, [])
