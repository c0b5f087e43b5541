"""Whom a verb of saying was told, between the verb and its conjunction ("explicó a los periodistas que", "a
déclaré à l'AFP que", "ha detto all'ANSA che", "disse à Lusa que"), is read past: the clause after the conjunction
is reported, the verb's subject speaks. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import quotes_in


def test_a_listener_noun_between_the_verb_and_que() -> None:
    assert quotes_in("es", "Rosa Lerma explicó a los periodistas que el puente abrirá en otoño.") == [
        ("indirect", "el puente abrirá en otoño", "Rosa Lerma")
    ]


def test_an_agency_between_the_verb_and_the_conjunction() -> None:
    assert quotes_in("fr", "Hélène Garnier a déclaré à l'AFP que la digue tiendra cet hiver.") == [
        ("indirect", "la digue tiendra cet hiver", "Hélène Garnier")
    ]
    assert quotes_in("it", "Paolo Ferri ha detto all'ANSA che il cantiere chiuderà a luglio.") == [
        ("indirect", "il cantiere chiuderà a luglio", "Paolo Ferri")
    ]
    assert quotes_in("pt", "Rui Tavares disse à Lusa que a ponte abrirá em outubro.") == [
        ("indirect", "a ponte abrirá em outubro", "Rui Tavares")
    ]
