"""An office's complement opened by a preposition of whom it serves ("l'assessore ai Trasporti", "l'adjointe à la
Culture", "l'adjoint au maire") before a name: the name speaks, the office and its complement are the role; also
when an elided article opens the sentence with the office ("L'assessore della Sanità Giulia Conti"). Before: the
name "Trasporti Marco Rossi" (role "L'assessore ai"), "Culture Marie Durand", "della Sanità Giulia Conti", and the
role "maire" of "L'adjoint au maire Paul Girard". Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _found(language: str, text: str) -> list[tuple[str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], language)
    return [(q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None) for q in quotes]


def test_italian_preposition_complement() -> None:
    assert _found("it", "L'assessore ai Trasporti Marco Rossi ha detto che il tram ripartirà lunedì.") == [
        ("Marco Rossi", "L'assessore ai Trasporti")
    ]
    assert _found("it", "L'assessora allo Sport Carla Gatti ha spiegato che la palestra è pronta.") == [
        ("Carla Gatti", "L'assessora allo Sport")
    ]
    assert _found("it", "Il consigliere alle Politiche giovanili Luca Neri ha detto che il bando slitta.") == [
        ("Luca Neri", "Il consigliere alle Politiche giovanili")
    ]


def test_italian_elided_article_opens_sentence() -> None:
    assert _found("it", "L'assessore della Sanità Giulia Conti ha detto che le dosi arriveranno.") == [
        ("Giulia Conti", "L'assessore della Sanità")
    ]


def test_french() -> None:
    assert _found("fr", "L'adjointe à la Culture Marie Durand a indiqué que le festival aura lieu.") == [
        ("Marie Durand", "L'adjointe à la Culture")
    ]
    assert _found("fr", "L'adjoint au maire Paul Girard a indiqué que la rue sera fermée.") == [
        ("Paul Girard", "L'adjoint au maire")
    ]
