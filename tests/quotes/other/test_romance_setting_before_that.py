"""A short phrase a preposition opens between a Romance verb of saying and its conjunction ("aseguró en rueda de
prensa que …", "ha insistido en que …", "a déclaré lors de la conférence de presse que …") is stepped over: the
clause after the conjunction is reported, the subject before the verb speaks. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported_said


def test_a_setting_between_the_verb_and_que() -> None:
    assert reported_said("El técnico aseguró en rueda de prensa que el equipo saldrá a ganar el sábado.", "es") == [
        ("el equipo saldrá a ganar el sábado", None, "El técnico")
    ]
    assert reported_said("La alcaldesa Marta Ruiz afirmó durante el pleno que el presupuesto está cerrado.", "es") == [
        ("el presupuesto está cerrado", "Marta Ruiz", "La alcaldesa")
    ]


def test_the_writers_paper_told() -> None:
    assert reported_said("El vecino explicó a este diario que el agua llegó hasta el primer piso.", "es") == [
        ("el agua llegó hasta el primer piso", None, "El vecino")
    ]


def test_a_verb_with_en_que() -> None:
    assert reported_said("La consejera ha insistido en que los colegios abrirán el lunes.", "es") == [
        ("los colegios abrirán el lunes", None, "La consejera")
    ]


def test_other_romance_languages() -> None:
    assert reported_said("Le maire a déclaré lors de la conférence de presse que le budget sera voté.", "fr") == [
        ("le budget sera voté", None, "Le maire")
    ]
    assert reported_said("Il sindaco ha detto durante la conferenza stampa che il bilancio sarà approvato.", "it") == [
        ("il bilancio sarà approvato", None, "Il sindaco")
    ]


def test_a_relative_clause_after_the_phrase_is_no_report() -> None:
    assert reported_said("El juez explicó en la carta que envió al tribunal su decisión final.", "es") == []
