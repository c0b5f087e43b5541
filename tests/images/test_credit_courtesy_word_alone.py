"""Spanish and Portuguese "courtesy" alone closing a caption after its stop or bar ("… este martes. Cortesía",
"… nesta terça | Gentileza") is its credit, a giver not named, as "(Cortesía)" is: the caption ended in its credit
before. The word repeated after the giver ("Gentileza Gera Gentileza", Argentine papers' form) is no part of the
giver's name ("Gera Gentileza" before). Made-up captions in the shape of Latin American portals (Session 61)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_ES = "Obreros reparan el puente de la avenida central este martes."
_PT = "Operários reparam a ponte da avenida central nesta terça-feira"


@pytest.mark.parametrize(
    ("written", "caption", "organization"),
    [
        (f"{_ES} Cortesía", _ES, "Cortesía"),
        (f"{_ES} Gentileza", _ES, "Gentileza"),
        (f"{_PT} | Gentileza", _PT, "Gentileza"),
        (f"{_PT} - Cortesia", _PT, "Cortesia"),
    ],
)
def test_courtesy_word_alone_is_the_credit(written: str, caption: str, organization: str) -> None:
    credit = written[len(caption) :].strip(" |-")
    assert caption_and_credits(written) == (caption, [(None, organization, credit)])


@pytest.mark.parametrize(
    ("written", "organization"),
    [("Gentileza Gera Gentileza", "Gera"), ("Foto: Gentileza Gera Gentileza", "Gera")],
)
def test_courtesy_word_again_after_the_giver(written: str, organization: str) -> None:
    assert caption_and_credits(f"{_ES} {written}") == (_ES, [(None, organization, written)])


@pytest.mark.parametrize("written", ["Cortesía", "La Cortesía", "El alcalde agradeció la cortesía."])
def test_word_without_a_caption_before_it_stays(written: str) -> None:
    assert caption_and_credits(written)[0] == written
