"""A body named after a source word, its name going on past a preposition up to the comma ("Potrivit
Inspectoratului pentru Situații de Urgență, …"): the whole name speaks and the report starts after the comma,
the source left out. Every sentence is made up in the shape of regional pages; each expected value is read from
its sentence."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _said(language: str, sentence: str) -> list[tuple[str, str | None]]:
    quotes = find_quotes([Block(text=sentence)], language)
    return [(q.text, q.speaker.name if q.speaker else None) for q in quotes]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        pytest.param(
            "ro",
            "Potrivit Inspectoratului pentru Situații de Urgență, incendiul de la depozit a fost stins în două ore.",
            ("incendiul de la depozit a fost stins în două ore", "Inspectoratului pentru Situații de Urgență"),
            id="ro-inspectorate-for-emergencies",
        ),
        pytest.param(
            "ro",
            "Conform Agenției Județene pentru Protecția Mediului, aerul din cartierul Gării este poluat de o săptămână.",
            ("aerul din cartierul Gării este poluat de o săptămână", "Agenției Județene pentru Protecția Mediului"),
            id="ro-agency-adjective-then-preposition",
        ),
        pytest.param(
            "es",
            "Según el Consorcio para la Gestión Hídrica, los embalses de la comarca están al cuarenta por ciento.",
            ("los embalses de la comarca están al cuarenta por ciento", "el Consorcio para la Gestión Hídrica"),
            id="es-consortium-with-article",
        ),
    ],
)
def test_body_name_goes_on_to_the_comma(language: str, sentence: str, expected: tuple[str, str]) -> None:
    assert _said(language, sentence) == [expected]


def test_one_place_after_a_name_is_no_body() -> None:
    """A person and one place after a preposition ("Juan Pérez en Sevilla") is not read as a body's name."""
    said = _said("es", "Según Juan Pérez en Sevilla, los precios del alquiler subieron un diez por ciento.")
    assert all(name != "Juan Pérez en Sevilla" for _, name in said)
