"""An office's complement opened by a preposition of whom it serves ("l'assessore ai Trasporti", "l'adjointe à la
Culture", "l'adjoint au maire") before a name: the name speaks, the office and its complement are the role; also
when an elided article opens the sentence with the office ("L'assessore della Sanità Giulia Conti"). Before: the
name "Trasporti Marco Rossi" (role "L'assessore ai"), "Culture Marie Durand", "della Sanità Giulia Conti", and the
role "maire" of "L'adjoint au maire Paul Girard". Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_italian_preposition_complement() -> None:
    assert said("L'assessore ai Trasporti Marco Rossi ha detto che il tram ripartirà lunedì.", "it") == [
        ("Marco Rossi", "L'assessore ai Trasporti")
    ]
    assert said("L'assessora allo Sport Carla Gatti ha spiegato che la palestra è pronta.", "it") == [
        ("Carla Gatti", "L'assessora allo Sport")
    ]
    assert said("Il consigliere alle Politiche giovanili Luca Neri ha detto che il bando slitta.", "it") == [
        ("Luca Neri", "Il consigliere alle Politiche giovanili")
    ]


def test_italian_elided_article_opens_sentence() -> None:
    assert said("L'assessore della Sanità Giulia Conti ha detto che le dosi arriveranno.", "it") == [
        ("Giulia Conti", "L'assessore della Sanità")
    ]


def test_french() -> None:
    assert said("L'adjointe à la Culture Marie Durand a indiqué que le festival aura lieu.", "fr") == [
        ("Marie Durand", "L'adjointe à la Culture")
    ]
    assert said("L'adjoint au maire Paul Girard a indiqué que la rue sera fermée.", "fr") == [
        ("Paul Girard", "L'adjoint au maire")
    ]
