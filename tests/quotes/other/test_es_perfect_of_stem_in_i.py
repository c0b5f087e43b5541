"""The perfect of a Spanish -ar verb of saying whose stem ends in -i is made from its stem: "anunció" gives "ha
anunciado", "denunció" "ha denunciado" (before, "ha anuncido": the perfect was no cue). Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _found(text: str) -> list[tuple[str, str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], "es")
    return [(q.text, q.speaker.role if q.speaker else None, q.cue) for q in quotes]


def test_perfect_of_anunciar() -> None:
    assert _found("El presidente de la Junta ha anunciado que bajará los impuestos.") == [
        ("bajará los impuestos", "El presidente de la Junta", "ha anunciado")
    ]


def test_perfect_of_denunciar() -> None:
    assert _found("La empresa ha denunciado que sufrió un ciberataque.") == [
        ("sufrió un ciberataque", "La empresa", "ha denunciado")
    ]
