"""Where a Romance reported clause after "que" starts and ends: a relative clause inside it (", que …") is no new
report, and a source set off by a comma at its end ("…, según Europa Press") is no part of what was said. Made-up
sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported_said


def test_a_relative_clause_inside_the_report() -> None:
    assert reported_said("La concejala aseguró que los trabajos, que empezaron en abril, acabarán en julio.", "es") == [
        ("los trabajos, que empezaron en abril, acabarán en julio", None, "La concejala")
    ]
    assert reported_said("Le maire a affirmé que la piscine, qui a fermé en mai, rouvrira cet été.", "fr") == [
        ("la piscine, qui a fermé en mai, rouvrira cet été", None, "Le maire")
    ]


def test_a_source_at_the_end_of_the_report() -> None:
    assert reported_said("El consejero aseguró que no habrá recortes en sanidad, según recoge Europa Press.", "es") == [
        ("no habrá recortes en sanidad", None, "El consejero")
    ]
    assert reported_said("La ministre a déclaré que le texte sera voté en juin, selon l'AFP.", "fr") == [
        ("le texte sera voté en juin", None, "La ministre")
    ]


def test_a_longer_clause_after_the_source_word_stays() -> None:
    text = "El técnico explicó que el equipo jugará según lo previsto por el cuerpo técnico."
    assert reported_said(text, "es") == [("el equipo jugará según lo previsto por el cuerpo técnico", None, "El técnico")]
