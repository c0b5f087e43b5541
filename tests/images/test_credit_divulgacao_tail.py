"""Portuguese "Divulgação" (handed out: the picture given by the body the caption is about) alone after a caption's
last stop is its credit, as "Handout" is and as "(Divulgação)" and "Foto: Divulgação" were read; before, the caption
ended in it. The noun inside a sentence stays caption text. Made-up captions of Brazilian portals."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Operários trocam as tábuas do píer de Vila Serena nesta segunda-feira."


@pytest.mark.parametrize(
    ("credit", "giver"),
    [("Divulgação", "Divulgação"), ("Divulgacao", "Divulgacao"), ("(Divulgação)", "Divulgação"),
     ("Foto: Divulgação", "Divulgação")],
)
def test_divulgacao_closing_a_caption_is_its_credit(credit: str, giver: str) -> None:
    assert caption_and_credits(f"{_CAPTION} {credit}") == (_CAPTION, [(None, giver, credit)])


def test_the_word_in_a_sentence_stays() -> None:
    written = "A prefeitura fez a divulgação do edital nesta segunda-feira."
    assert caption_and_credits(written) == (written, [])
