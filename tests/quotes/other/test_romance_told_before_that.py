"""Whom a verb of saying was told, between the verb and its conjunction ("explicó a los periodistas que", "a
déclaré à l'AFP que", "ha detto all'ANSA che", "disse à Lusa que"), is read past: the clause after the conjunction
is reported, the verb's subject speaks. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _quotes(language: str, text: str) -> list[tuple[str, str, str | None]]:
    found = find_quotes([Block(text=text)], language)
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in found]


def test_a_listener_noun_between_the_verb_and_que() -> None:
    assert _quotes("es", "Rosa Lerma explicó a los periodistas que el puente abrirá en otoño.") == [
        ("indirect", "el puente abrirá en otoño", "Rosa Lerma")
    ]


def test_an_agency_between_the_verb_and_the_conjunction() -> None:
    assert _quotes("fr", "Hélène Garnier a déclaré à l'AFP que la digue tiendra cet hiver.") == [
        ("indirect", "la digue tiendra cet hiver", "Hélène Garnier")
    ]
    assert _quotes("it", "Paolo Ferri ha detto all'ANSA che il cantiere chiuderà a luglio.") == [
        ("indirect", "il cantiere chiuderà a luglio", "Paolo Ferri")
    ]
    assert _quotes("pt", "Rui Tavares disse à Lusa que a ponte abrirá em outubro.") == [
        ("indirect", "a ponte abrirá em outubro", "Rui Tavares")
    ]
