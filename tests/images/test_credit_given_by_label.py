"""A photo word, a verb of giving and "by" before the giver ("Photo supplied by Lakeside Council", "Image provided by
the Harbour Trust", "(Photo submitted by Tamsin Achebe-Lund)") label a credit closing the caption, as "Photo courtesy
of" does. Before, the label and the giver stayed caption text. A caption that opens with such words and goes on
("Photo provided by the council shows …") and a giver in lower case ("by a reader") stay caption text. Made-up
captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Workers lift the last steel beam onto the new river bridge on Tuesday afternoon."


@pytest.mark.parametrize(
    ("credit", "name", "outlet"),
    [
        ("Photo supplied by Lakeside Council", None, "Lakeside Council"),
        ("Image provided by Thomas Ashdown", "Thomas Ashdown", None),
        ("(Photo submitted by Thomas Ashdown)", "Thomas Ashdown", None),
        ("Picture contributed by Lakeside Rowing Club", None, "Lakeside Rowing Club"),
    ],
)
def test_given_by_label_opens_the_credit(credit: str, name: str | None, outlet: str | None) -> None:
    assert caption_and_credits(f"{_CAPTION} {credit}") == (_CAPTION, [(name, outlet, credit)])


@pytest.mark.parametrize(
    "written",
    [
        "Photo provided by the council shows workers on the bridge.",
        f"{_CAPTION} Photo provided by a reader",
    ],
)
def test_other_given_by_words_stay_caption_text(written: str) -> None:
    assert caption_and_credits(written) == (written, [])
