"""A listener phrase between a verb of saying and its subject may name a medium by a noun and its name ("dijo a la
agencia Efe el alcalde", "ha detto all'agenzia Ansa il sindaco", "disse à agência Lusa o comandante"): the name
is the medium told, never the speaker; the subject follows it. Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(language: str, text: str) -> list[tuple[str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], language)
    return [(q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None) for q in quotes]


def test_spanish_agency_and_its_name() -> None:
    # before: the speaker "Efe", then "El Diario Sur el delegado de Turismo"
    assert _speakers("es", '"El puerto abrirá en mayo", dijo a la agencia Efe la alcaldesa, Rosa Gil.') == [
        ("Rosa Gil", "la alcaldesa")
    ]
    assert _speakers("es", '"Habrá más vuelos", aseguró al diario El Sur el delegado de Turismo.') == [
        (None, "el delegado de Turismo")
    ]


def test_italian_glued_listener_and_medium() -> None:
    assert _speakers("it", '"Il ponte resta chiuso", ha detto all\'agenzia Ansa il prefetto Marco Neri.') == [
        ("Marco Neri", "il prefetto")
    ]


def test_portuguese_and_french_medium_names() -> None:
    assert _speakers("pt", '"O fogo está controlado", disse à agência Lusa o comandante, Paulo Reis.') == [
        ("Paulo Reis", "o comandante")
    ]
    assert _speakers("fr", "« La route restera fermée », a indiqué à la radio RTL le préfet.") == [(None, "le préfet")]


def test_a_medium_told_and_no_subject_names_no_one() -> None:
    # before: the speaker "Onda Cero"
    assert _speakers("es", '"No dimitiré", dijo a la emisora Onda Cero.') == [(None, None)]
