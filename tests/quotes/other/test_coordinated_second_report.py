"""A second verb of saying joined by "and" right after a Romance report ("… que A y explicó que B") ends the first
report and reports its own clause, the same subject speaking. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported_said


def test_spanish_second_report() -> None:
    assert reported_said(
        "Ortega confirmó que la piscina abrirá en junio y explicó que la reforma costó medio millón de euros.", "es"
    ) == [
        ("la piscina abrirá en junio", "Ortega", None),
        ("la reforma costó medio millón de euros", "Ortega", None),
    ]
    assert reported_said(
        "La directora aseguró que el comedor seguirá abierto y ha añadido que no subirán las cuotas.", "es"
    ) == [("el comedor seguirá abierto", None, "La directora"), ("no subirán las cuotas", None, "La directora")]


def test_french_and_italian_second_report() -> None:
    assert reported_said(
        "Le maire a déclaré que la halle rouvrira en mai et a ajouté que les loyers resteront bas.", "fr"
    ) == [("la halle rouvrira en mai", None, "Le maire"), ("les loyers resteront bas", None, "Le maire")]
    assert reported_said(
        "Il sindaco ha detto che il ponte riaprirà a maggio e ha aggiunto che il traffico sarà deviato.", "it"
    ) == [("il ponte riaprirà a maggio", None, "Il sindaco"), ("il traffico sarà deviato", None, "Il sindaco")]


def test_a_second_that_clause_stays_in_the_report() -> None:
    assert reported_said("El juez explicó que el acusado huyó y que la policía lo detuvo en Vigo.", "es") == [
        ("el acusado huyó y que la policía lo detuvo en Vigo", None, "El juez")
    ]
