"""A photo word with no colon before a credit chain closing a caption: an outlet and its photographer ("Photo Le
Courrier de l'Ouest / Marie Dubois": the last part a name opening with a known given name, the first capitalised
words with particles and elided articles), or the photographer and the outlet ("Photo Marie Dubois / Ouest-France").
The photo word is no part of the first name. A first part opening with an article before such a taker is the paper
("Foto: La Gaceta del Valle/Marta Ruiz"). Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Des marchands installent leurs étals samedi."


@pytest.mark.parametrize(
    ("credit", "name", "outlet"),
    [
        ("Photo Le Courrier de l'Ouest / Marie Dubois", "Marie Dubois", "Le Courrier de l'Ouest"),
        ("Photo L'Écho du Port / Marie Dubois", "Marie Dubois", "L'Écho du Port"),
        ("Photo Ouest-France / Marie Dubois", "Marie Dubois", "Ouest-France"),
        ("Photo Marie Dubois / Ouest-France", "Marie Dubois", "Ouest-France"),
        ("Foto ANSA/Marco Rossi", "Marco Rossi", "ANSA"),
    ],
)
def test_photo_word_before_outlet_and_taker(credit: str, name: str, outlet: str) -> None:
    assert caption_and_credits(f"{_CAPTION} {credit}") == (_CAPTION, [(name, outlet, credit)])


def test_a_paper_opening_with_an_article_before_the_taker() -> None:
    caption = "Vendedores montan sus puestos el sábado."
    credit = "Foto: La Gaceta del Valle/Marta Ruiz"
    assert caption_and_credits(f"{caption} {credit}") == (caption, [("Marta Ruiz", "La Gaceta del Valle", credit)])


def test_two_places_after_a_photo_word_stay_caption_text() -> None:
    written = f"{_CAPTION} Photo Le Marché / Les Halles"
    assert caption_and_credits(written) == (written, [])
