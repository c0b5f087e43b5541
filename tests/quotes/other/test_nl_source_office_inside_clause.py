"""A source word, an office with no article, its complement and a name, with no comma: the phrase stands inside its
clause and the name ends at the first lower-case word ("Volgens minister van Financiën Jan de Vries is de begroting op
orde.": before, no quote in lower case and the name "van Financiën Jan" with the office capitalised); with nobody
named the office and its complement speak; a particle left last after the name opens the clause. Every sentence is
made up in the shape of pages in no corpus; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        pytest.param(
            "nl",
            "Volgens minister van Financiën Jan de Vries is de begroting op orde.",
            ("Jan de Vries", "minister van Financiën"),
            id="nl",
        ),
        pytest.param(
            "nl",
            "Volgens Minister van Financiën Jan de Vries is de begroting op orde.",
            ("Jan de Vries", "Minister van Financiën"),
            id="nl-capitalised",
        ),
        pytest.param(
            "nl",
            "Volgens minister van Buitenlandse Zaken Pieter Hoek zijn de gesprekken goed verlopen.",
            ("Pieter Hoek", "minister van Buitenlandse Zaken"),
            id="nl-two-word-complement",
        ),
        pytest.param(
            "nl",
            "Volgens burgemeester van Utrecht Sharon Bakels gaat de brug dicht.",
            ("Sharon Bakels", "burgemeester van Utrecht"),
            id="nl-place",
        ),
        pytest.param(
            "nl",
            "Volgens minister van Financiën is de begroting op orde.",
            (None, "minister van Financiën"),
            id="nl-nobody-named",
        ),
        pytest.param(
            "nl",
            "Volgens Minister van Financiën is de begroting op orde.",
            (None, "Minister van Financiën"),
            id="nl-nobody-named-capitalised",
        ),
        pytest.param(
            "nl",
            '"We zijn klaar", zei minister van Financiën Jan de Vries tegen de Kamer.',
            ("Jan de Vries", "minister van Financiën"),
            id="nl-listener-after",
        ),
        pytest.param(
            "es",
            "Según ministra de Sanidad Ana Robles la situación es grave.",
            ("Ana Robles", "ministra de Sanidad"),
            id="es-particle-after-name",
        ),
        # unchanged: no office before the name, an article before the office, a comma after the phrase
        pytest.param("nl", "Volgens Jan de Vries is de begroting op orde.", ("Jan de Vries", None), id="nl-name"),
        pytest.param(
            "nl",
            "Volgens de minister van Financiën Jan de Vries is de begroting op orde.",
            ("Jan de Vries", "de minister van Financiën"),
            id="nl-article",
        ),
        pytest.param(
            "es",
            "Según el consejero de Educación Luis Pardo, los colegios abrirán.",
            ("Luis Pardo", "el consejero de Educación"),
            id="es-comma",
        ),
    ],
)
def test_source_office_inside_clause(language: str, sentence: str, expected: tuple[str | None, str | None]) -> None:
    assert said(sentence, language) == [expected]
