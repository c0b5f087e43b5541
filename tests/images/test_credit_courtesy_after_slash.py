"""A bare credit after the caption's stop and a spaced slash ("… el lunes. / Cortesía", "… na segunda-feira. /
Gentileza"): the picture's credit, as after the stop, a bar or a dash. Before, only a credit naming a known agency was
read after a slash, and the giver word stayed caption text. With no stop before the slash, a name or giver word alone
may be the caption's (a pair of places) and stays. Made-up captions in the shape of Latin American regional papers
(Session 61)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_ES = "El alcalde inaugura el nuevo puente peatonal sobre el río el lunes."
_PT = "O prefeito inaugura a nova ponte sobre o rio na segunda-feira."


@pytest.mark.parametrize(("caption", "word"), [(_ES, "Cortesía"), (_ES, "Cortesia"), (_PT, "Gentileza")])
def test_giver_after_stop_and_slash(caption: str, word: str) -> None:
    assert caption_and_credits(f"{caption} / {word}") == (caption, [(None, word, word)])


def test_giver_after_slash_without_stop_stays() -> None:
    written = f"{_ES.rstrip('.')} / Cortesía"
    assert caption_and_credits(written) == (written, [])
