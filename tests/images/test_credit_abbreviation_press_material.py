"""Polish "Fot." before the lower-case "materiały prasowe" (press materials: a picture handed out by the firm or office
the caption is about) closing a caption: the credit, as "Fot." before a capitalised name is ("Fot. Jan Kowalski"); the
words inside a sentence stay caption text. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Robotnicy naprawiają drogę portową w poniedziałek."


@pytest.mark.parametrize("credit", ["Fot. materiały prasowe", "Fot. materiały promocyjne"])
def test_press_material_after_the_abbreviation_is_the_credit(credit: str) -> None:
    giver = credit.removeprefix("Fot. ")
    assert caption_and_credits(f"{_CAPTION} {credit}") == (_CAPTION, [(None, giver, credit)])


def test_press_material_in_a_sentence_stays_caption_text() -> None:
    written = "Rzecznik urzędu rozdaje materiały prasowe dziennikarzom."
    assert caption_and_credits(written) == (written, [])
