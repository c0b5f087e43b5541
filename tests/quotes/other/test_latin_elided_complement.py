"""Italian, French, Portuguese: an elided particle written with its capitalised noun ("dell'Economia", "all'Interno",
"d'État") is an office's whole complement; the name after it speaks, office and complement are the role ("il ministro
dell'Economia Marco Bianchi ha detto …": before, no role, or the whole phrase as a role with nobody named). Every
sentence is made up in the shape of pages in no corpus; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        pytest.param(
            "it",
            "Ministro dell'Economia Giancarlo Rossetti ha detto che i conti sono in ordine.",
            ("Giancarlo Rossetti", "Ministro dell'Economia"),
            id="it-opening",
        ),
        pytest.param(
            "it",
            "Il ministro dell'Economia Giancarlo Rossetti ha detto che i conti sono in ordine.",
            ("Giancarlo Rossetti", "Il ministro dell'Economia"),
            id="it-article",
        ),
        pytest.param(
            "it",
            "«Siamo pronti», ha detto il ministro dell'Istruzione Giorgio Valdesi.",
            ("Giorgio Valdesi", "il ministro dell'Istruzione"),
            id="it-after-verb",
        ),
        pytest.param(
            "it",
            "«Siamo pronti», ha detto l'assessore all'Urbanistica Carla Benetti.",
            ("Carla Benetti", "l'assessore all'Urbanistica"),
            id="it-all",
        ),
        pytest.param(
            "it",
            "Il sottosegretario all'Interno Paolo Ferretti ha detto che i controlli aumenteranno.",
            ("Paolo Ferretti", "Il sottosegretario all'Interno"),
            id="it-all-before-verb",
        ),
        pytest.param(
            "fr",
            "« Nous sommes prêts », a déclaré le secrétaire d'État Julien Marchal.",
            ("Julien Marchal", "le secrétaire d'État"),
            id="fr-d",
        ),
        pytest.param(
            "fr",
            "Le ministre d'État Julien Marchal a déclaré que le pays est prêt.",
            ("Julien Marchal", "Le ministre d'État"),
            id="fr-d-before-verb",
        ),
        pytest.param(
            "fr",
            "« La croissance reprendra », a déclaré le ministre de l'Économie Bruno Lemoine.",
            ("Bruno Lemoine", "le ministre de l'Économie"),
            id="fr-de-l",
        ),
        pytest.param(
            "fr",
            "« Nous sommes prêts », a déclaré le président d'honneur Jean Marais.",
            ("Jean Marais", "le président d'honneur"),
            id="fr-lower-case-noun",
        ),
        pytest.param(
            "it",
            "«Siamo pronti», ha detto il capo dell'ufficio stampa Marta Ricci.",
            ("Marta Ricci", "il capo dell'ufficio stampa"),
            id="it-lower-case-nouns",
        ),
        # nobody named: the office and its complement speak; a name with an elided particle stays whole
        pytest.param(
            "it", "«Siamo pronti», ha detto il ministro dell'Istruzione.", (None, "il ministro dell'Istruzione"), id="it-nobody"
        ),
        pytest.param("it", "«Siamo pronti», ha detto Marcello Dell'Orto.", ("Marcello Dell'Orto", None), id="it-name"),
        pytest.param("it", "«Siamo pronti», ha detto il direttore dell'Ansa.", (None, "il direttore dell'Ansa"), id="it-body"),
    ],
)
def test_elided_complement(language: str, sentence: str, expected: tuple[str | None, str | None]) -> None:
    assert said(sentence, language) == [expected]
