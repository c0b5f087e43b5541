"""A ministry's name of two capitalised words in an office's complement, before the holder's name of two words: the
name is never the ministry's second word and the holder's ("disse o ministro das Relações Exteriores Mauro Vieira":
before, the name "Exteriores Mauro Vieira", role "o ministro das Relações"). A name of three words stays whole when
a known given name opens it, when a particle is inside it, or when the complement already holds two capitalised
words. Every sentence is made up in the shape of pages in no corpus; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        pytest.param(
            '"Vamos continuar", disse o ministro das Relações Exteriores Mauro Vieira.',
            "pt",
            ("Mauro Vieira", "o ministro das Relações Exteriores"),
            id="pt-relacoes-exteriores",
        ),
        pytest.param(
            '"Vamos seguir", disse a ministra da Igualdade Racial Anielle Franco.',
            "pt",
            ("Anielle Franco", "a ministra da Igualdade Racial"),
            id="pt-igualdade-racial",
        ),
        pytest.param(
            '"Vamos seguir", disse o ministro da Justiça e Segurança Pública Ricardo Lewandowski.',
            "pt",
            ("Ricardo Lewandowski", "o ministro da Justiça e Segurança Pública"),
            id="pt-after-a-conjunction",
        ),
        pytest.param(
            "O ministro das Relações Exteriores Mauro Vieira disse que o Brasil vai seguir.",
            "pt",
            ("Mauro Vieira", "O ministro das Relações Exteriores"),
            id="pt-before-the-verb",
        ),
        pytest.param(
            '"We gaan door", zei minister van Buitenlandse Zaken Caspar Veldkamp.',
            "nl",
            ("Caspar Veldkamp", "minister van Buitenlandse Zaken"),
            id="nl-buitenlandse-zaken",
        ),
        pytest.param(
            "De minister van Buitenlandse Zaken Caspar Veldkamp zei dat hij doorgaat.",
            "nl",
            ("Caspar Veldkamp", "De minister van Buitenlandse Zaken"),
            id="nl-before-the-verb",
        ),
        pytest.param(
            '"Seguiremos", dijo el ministro de Asuntos Exteriores Tomás Albares.',
            "es",
            ("Tomás Albares", "el ministro de Asuntos Exteriores"),
            id="es-asuntos-exteriores",
        ),
        pytest.param(
            '"Seguiremos", dijo la ministra de Igualdad Racial Ana Torres.',
            "es",
            ("Ana Torres", "la ministra de Igualdad Racial"),
            id="es-igualdad-racial",
        ),
        pytest.param(
            '"Andiamo avanti", ha detto il ministro degli Affari Esteri Giancarlo Tajani.',
            "it",
            ("Giancarlo Tajani", "il ministro degli Affari Esteri"),
            id="it-affari-esteri",
        ),
        # where it does not fire
        pytest.param(
            '"Vamos seguir", disse o ministro da Saúde Luiz Henrique Mandetta.',
            "pt",
            ("Luiz Henrique Mandetta", "o ministro da Saúde"),
            id="pt-three-words-known-given-name",
        ),
        pytest.param(
            '"Seguiremos", dijo el ministro de Asuntos Exteriores José Manuel Albares.',
            "es",
            ("José Manuel Albares", "el ministro de Asuntos Exteriores"),
            id="es-three-words-after-two",
        ),
        pytest.param(
            '"Seguiremos", dijo el ministro de Hacienda Pedro Sánchez Pérez.',
            "es",
            ("Pedro Sánchez Pérez", "el ministro de Hacienda"),
            id="es-one-word-ministry",
        ),
        pytest.param(
            '"We gaan door", zei minister van Financiën Jan de Vries.',
            "nl",
            ("Jan de Vries", "minister van Financiën"),
            id="nl-particle-in-name",
        ),
        pytest.param(
            '"We gaan door", zei minister van Buitenlandse Zaken Hanke Bruins Slot.',
            "nl",
            ("Hanke Bruins Slot", "minister van Buitenlandse Zaken"),
            id="nl-three-words-after-two",
        ),
        pytest.param(
            '"We gaan door", zei minister van Sociale Zaken Eddy van Hijum.',
            "nl",
            ("Eddy van Hijum", "minister van Sociale Zaken"),
            id="nl-two-word-ministry-particle-name",
        ),
        pytest.param(
            '"Vamos seguir", disse o ministro da Fazenda Flávio Dino.',
            "pt",
            ("Flávio Dino", "o ministro da Fazenda"),
            id="pt-two-word-name",
        ),
        pytest.param(
            '"Seguiremos", dijo el embajador de Reino Unido Hugh Elliott.',
            "es",
            ("Hugh Elliott", "el embajador de Reino Unido"),
            id="es-place",
        ),
    ],
)
def test_ministry_name_in_complement(sentence: str, language: str, expected: tuple[str, str]) -> None:
    assert said(sentence, language) == [expected]
