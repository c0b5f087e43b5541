"""An office's complement that names a place of two or three words before the holder's name (CLDR's names as the
language writes them, :mod:`cqnews.lexicon.places_latin`): the place is the complement's whole, never cut by the
name ("dijo el embajador de Reino Unido Hugh Elliott": before, the name "Unido Hugh Elliott", role "el embajador de
Reino"). Every sentence is made up in the shape of pages in no corpus; each expected value is read from its
sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        pytest.param(
            '"Seguiremos trabajando", dijo el embajador de Reino Unido Hugh Elliott.',
            "es",
            ("Hugh Elliott", "el embajador de Reino Unido"),
            id="es-reino-unido",
        ),
        pytest.param(
            '"Seguiremos trabajando", dijo el presidente de Estados Unidos Joe Biden.',
            "es",
            ("Joe Biden", "el presidente de Estados Unidos"),
            id="es-estados-unidos",
        ),
        pytest.param(
            "El presidente de Estados Unidos Joe Biden dijo que seguirán trabajando.",
            "es",
            ("Joe Biden", "El presidente de Estados Unidos"),
            id="es-before-the-verb",
        ),
        pytest.param(
            "La embajadora de Reino Unido Ana García dijo que seguirán trabajando.",
            "es",
            ("Ana García", "La embajadora de Reino Unido"),
            id="es-feminine-before-the-verb",
        ),
        pytest.param(
            '"Seguimos", dijo el alcalde de Nueva York Eric Adams.',
            "es",
            ("Eric Adams", "el alcalde de Nueva York"),
            id="es-city",
        ),
        pytest.param(
            '"Seguimos", dijo el alcalde de San Juan Pedro Gómez.',
            "es",
            ("Pedro Gómez", "el alcalde de San Juan"),
            id="es-place-with-a-given-name",
        ),
        pytest.param(
            '"Andiamo avanti", ha detto l\'ambasciatore del Regno Unito Edward Llewellyn.',
            "it",
            ("Edward Llewellyn", "l'ambasciatore del Regno Unito"),
            id="it-regno-unito",
        ),
        pytest.param(
            '"Andiamo avanti", ha detto il presidente degli Stati Uniti Joe Biden.',
            "it",
            ("Joe Biden", "il presidente degli Stati Uniti"),
            id="it-stati-uniti",
        ),
        pytest.param(
            "L'ambasciatore del Regno Unito Edward Llewellyn ha detto che continueranno.",
            "it",
            ("Edward Llewellyn", "L'ambasciatore del Regno Unito"),
            id="it-before-the-verb",
        ),
        pytest.param(
            '"Vamos continuar", disse o presidente dos Estados Unidos Joe Biden.',
            "pt",
            ("Joe Biden", "o presidente dos Estados Unidos"),
            id="pt-estados-unidos",
        ),
        pytest.param(
            '"Seguimos", disse o embaixador do Reino Unido Steve Smith.',
            "pt",
            ("Steve Smith", "o embaixador do Reino Unido"),
            id="pt-reino-unido",
        ),
    ],
)
def test_a_place_of_two_words_is_the_complement(sentence: str, language: str, expected: tuple[str, str]) -> None:
    assert said(sentence, language) == [expected]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        pytest.param(
            '"Seguimos", dijo el embajador de Francia Jean Dupont.',
            "es",
            ("Jean Dupont", "el embajador de Francia"),
            id="es-one-word-place",
        ),
        pytest.param(
            '"Seguimos", dijo el embajador de Bosnia y Herzegovina Juan Pérez.',
            "es",
            ("Juan Pérez", "el embajador de Bosnia y Herzegovina"),
            id="es-place-with-a-conjunction",
        ),
        pytest.param(
            '"Crecemos", dijo el ministro de Asuntos Exteriores José Manuel Albares.',
            "es",
            ("José Manuel Albares", "el ministro de Asuntos Exteriores"),
            id="es-three-word-name",
        ),
        pytest.param(
            '"Seguimos", dijo el presidente de Estados Unidos.',
            "es",
            (None, "el presidente de Estados Unidos"),
            id="es-nobody-named",
        ),
        pytest.param(
            '"Seguimos", disse o embaixador dos Estados Unidos.',
            "pt",
            (None, "o embaixador dos Estados Unidos"),
            id="pt-nobody-named",
        ),
        pytest.param(
            "« Nous continuons », a dit le président des États-Unis Joe Biden.",
            "fr",
            ("Joe Biden", "le président des États-Unis"),
            id="fr-hyphenated-place",
        ),
        pytest.param(
            "« Nous continuons », a dit l'ambassadeur du Royaume-Uni.",
            "fr",
            (None, "l'ambassadeur du Royaume-Uni"),
            id="fr-nobody-named",
        ),
    ],
)
def test_other_complements_read_as_before(sentence: str, language: str, expected: tuple[str | None, str]) -> None:
    assert said(sentence, language) == [expected]
