"""A weekday between a reporting verb and its conjunction ("a assuré mardi que", "aseguró el martes que", "ha detto
lunedì che") stands where an adverb of time does: the clause after the conjunction is reported. Made-up sentences
only."""

from __future__ import annotations

from tests.quote_helpers import quotes_in


def test_a_weekday_after_the_verb_still_opens_the_reported_clause() -> None:
    assert quotes_in("fr", "Jean Dupuis a déclaré lundi que la ville était prête pour l'hiver.") == [
        ("indirect", "la ville était prête pour l'hiver", "Jean Dupuis")
    ]
    assert quotes_in("es", "Pedro Gil aseguró el martes que la ley saldrá adelante en otoño.") == [
        ("indirect", "la ley saldrá adelante en otoño", "Pedro Gil")
    ]
    assert quotes_in("it", "Marco Rossi ha detto lunedì che la legge passerà entro l'estate.") == [
        ("indirect", "la legge passerà entro l'estate", "Marco Rossi")
    ]


def test_a_demonstrative_before_the_weekday_still_opens_the_reported_clause() -> None:
    assert quotes_in("es", "La consejera de Vivienda, Lucía Marín, aseguró este lunes que el decreto llegará en mayo.") == [
        ("indirect", "el decreto llegará en mayo", "Lucía Marín")
    ]
    assert quotes_in("es", "Tomás Ibarra ha afirmado este miércoles que la planta no cerrará.") == [
        ("indirect", "la planta no cerrará", "Tomás Ibarra")
    ]
