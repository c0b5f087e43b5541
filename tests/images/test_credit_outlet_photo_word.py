"""An outlet's name and a photo word before the taker in a credit chain ("(Valley Courier photo/Tom Reyes)"): the
outlet is the paper, the photo word is no part of its name, as after an agency ("Reuters photo"). A name the tables
know with its photo word stays whole. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Vendors set up stalls in the old market hall before dawn on Saturday."


@pytest.mark.parametrize(
    ("credit", "name", "outlet"),
    [
        ("(Valley Courier photo/Tom Reyes)", "Tom Reyes", "Valley Courier"),
        ("(Harbour Gazette Photo/Dana Whitfield)", "Dana Whitfield", "Harbour Gazette"),
        ("(Tom Reyes/Valley Courier photo)", "Tom Reyes", "Valley Courier"),
        ("(Valley Courier File Photo/Tom Reyes)", "Tom Reyes", "Valley Courier"),
    ],
)
def test_outlet_photo_word_is_no_part_of_the_outlet(credit: str, name: str, outlet: str) -> None:
    assert caption_and_credits(f"{_CAPTION} {credit}") == (_CAPTION, [(name, outlet, credit)])


def test_a_known_name_with_its_photo_word_stays_whole() -> None:
    credit = "(Alamy Stock Photo/Dana Whitfield)"
    caption, credits = caption_and_credits(f"{_CAPTION} {credit}")
    assert caption == _CAPTION
    assert [(n, o) for n, o, _ in credits] == [("Dana Whitfield", "Alamy Stock Photo")]
