"""A Romance sentence may open with its reporting verb, the subject after it and then the conjunction: "Ha
dichiarato il sindaco di Milano che …". The subject (a person or an office) speaks; an object before a relative
"que" ("Dijo la verdad que …") reports nothing. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import quotes_found, said


def test_an_office_after_a_verb_that_opens_the_sentence_speaks() -> None:
    assert quotes_found("Ha annunciato il prefetto di Torino che le scuole resteranno chiuse.", "it") == [
        ("indirect", "le scuole resteranno chiuse", None)
    ]
    assert said("Ha annunciato il prefetto di Torino che le scuole resteranno chiuse.", "it") == [
        (None, "il prefetto di Torino")
    ]
    assert said("Afirmó la alcaldesa de Sevilla que el puente abrirá en otoño.", "es") == [
        (None, "la alcaldesa de Sevilla")
    ]


def test_a_name_after_the_verb_speaks() -> None:
    assert said("Explicó Lucía Ortega que el equipo necesita descansar.", "es") == [("Lucía Ortega", None)]
    assert said("Garantiu o ministro das Finanças que os impostos não vão subir.", "pt") == [
        (None, "o ministro das Finanças")
    ]


def test_an_object_and_its_relative_clause_report_nothing() -> None:
    assert quotes_found("Contó una historia que nadie había oído antes.", "es") == []
    assert quotes_found("Ha presentato il piano che la giunta ha approvato ieri.", "it") == []
