"""A new subject after "y"/"et" following a first clause's verb and object opens a clause of its own: the phrase
before the verb of saying is that subject, not the object and it ("el decreto y el ministro"). Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import reported_said


def test_new_subject_after_and() -> None:
    assert reported_said(
        "El Ayuntamiento cerró el museo y la concejala de Cultura explicó que las obras durarán un año.", "es"
    ) == [("las obras durarán un año", None, "la concejala de Cultura")]
    assert reported_said(
        "La empresa presentó el proyecto y el gerente aseguró que se crearán cien empleos.", "es"
    ) == [("se crearán cien empleos", None, "el gerente")]
    assert reported_said(
        "Le conseil a voté le budget et la maire a déclaré que les impôts resteront stables.", "fr"
    ) == [("les impôts resteront stables", None, "la maire")]


def test_two_people_speaking_together_stay_one_subject() -> None:
    assert reported_said("El alcalde y la concejala explicaron que el parque abrirá en mayo.", "es") == [
        ("el parque abrirá en mayo", None, "El alcalde y la concejala")
    ]
    assert reported_said(
        "Esta mañana el alcalde y la concejala aseguraron que el parque abrirá en mayo.", "es"
    ) == [("el parque abrirá en mayo", None, "el alcalde y la concejala")]
