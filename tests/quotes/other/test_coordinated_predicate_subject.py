"""A verb of saying joined to a first predicate by "and" ("y", "et", "und") has the subject that opens the sentence,
never the first verb's object right before the conjunction. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported_said


def test_spanish_second_predicate() -> None:
    assert reported_said(
        "El concejal ha defendido la gestión del Ayuntamiento y ha asegurado que las obras terminarán en junio.", "es"
    ) == [("las obras terminarán en junio", None, "El concejal")]
    assert reported_said(
        "La directora del instituto recibió a las familias y les explicó que las clases empezarán el martes.", "es"
    ) == [("las clases empezarán el martes", None, "La directora del instituto")]
    assert reported_said(
        "Rosa Vidal criticó el retraso de la Junta y afirmó que la carretera sigue cortada.", "es"
    ) == [("la carretera sigue cortada", "Rosa Vidal", None)]


def test_a_phrase_set_off_before_the_subject() -> None:
    assert reported_said(
        "Tras el pleno, el alcalde Tomás Ferrer agradeció el apoyo vecinal y aseguró que el parque abrirá pronto.", "es"
    ) == [("el parque abrirá pronto", "Tomás Ferrer", "el alcalde")]


def test_an_adverb_opening_the_sentence() -> None:
    assert reported_said("Ayer Lucía Prats visitó el mercado y explicó que los puestos abrirán el domingo.", "es") == [
        ("los puestos abrirán el domingo", "Lucía Prats", None)
    ]


def test_french_second_predicate() -> None:
    assert reported_said(
        "Le maire a salué le courage des sauveteurs et a assuré que le pont rouvrira mardi.", "fr"
    ) == [("le pont rouvrira mardi", None, "Le maire")]
    assert reported_said(
        "La préfète s'est rendue sur place et a indiqué que les fouilles reprendront demain.", "fr"
    ) == [("les fouilles reprendront demain", None, "La préfète")]


def test_german_second_predicate() -> None:
    assert reported_said(
        "Der Bürgermeister lobte den Einsatz der Helfer und betonte, die Brücke werde im Mai wieder geöffnet.", "de"
    ) == [("die Brücke werde im Mai wieder geöffnet", None, "Der Bürgermeister")]
    assert reported_said("Jonas Keller begrüßte den Beschluss und sagte, der Verein werde nun umziehen.", "de") == [
        ("der Verein werde nun umziehen", "Jonas Keller", None)
    ]


def test_a_subject_of_its_own_after_the_conjunction() -> None:
    assert reported_said("El club aprobó las cuentas y la presidenta Eva Sáez explicó que habrá elecciones.", "es")[0][
        1:
    ] == (
        "Eva Sáez",
        "la presidenta",
    )
