"""A plural noun of unnamed sources with no article after a source word ("Según fuentes policiales, …",
"Secondo fonti investigative, …", "Segundo fontes policiais, …") is the description of an unnamed speaker: the
rest of the sentence is reported, its speaker has no name and the phrase as its role. Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _found(language: str, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], language)
    return [
        (q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None, q.cue) for q in quotes
    ]


def test_spanish_unnamed_sources() -> None:
    # before: no quote
    assert _found("es", "Según fuentes sindicales, la huelga empezará el lunes.") == [
        ("la huelga empezará el lunes", None, "fuentes sindicales", "según")
    ]


def test_italian_unnamed_sources() -> None:
    assert _found("it", "Secondo fonti vicine al ministro, il decreto slitterà.") == [
        ("il decreto slitterà", None, "fonti vicine al ministro", "secondo")
    ]


def test_portuguese_unnamed_sources() -> None:
    assert _found("pt", "Segundo fontes hospitalares, o doente está estável.") == [
        ("o doente está estável", None, "fontes hospitalares", "segundo")
    ]


def test_a_named_body_in_the_genitive_still_speaks() -> None:
    assert _found("es", "Según fuentes de la Guardia Civil, el camión volcó en la curva.") == [
        ("el camión volcó en la curva", "la Guardia Civil", None, "según")
    ]
