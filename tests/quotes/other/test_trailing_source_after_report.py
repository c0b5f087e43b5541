"""A source word and a verb of saying after a report that names its own speaker ("X aseguró que …, según informa
Europa Press") pass the report on: the report is X's, the trailing source no part of it. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported_said


def test_report_before_a_source_with_a_verb() -> None:
    assert reported_said(
        "La consejera aseguró que el hospital tendrá cien camas más, según informa Europa Press.", "es"
    ) == [("el hospital tendrá cien camas más", None, "La consejera")]
    assert reported_said(
        "Marta Gil afirmó que el mercado abrirá en otoño, según ha informado la agencia Efe.", "es"
    ) == [("el mercado abrirá en otoño", "Marta Gil", None)]


def test_a_clause_with_no_cue_is_the_source_s() -> None:
    assert reported_said("El mercado abrirá en otoño, según explicó la concejala.", "es") == [
        ("El mercado abrirá en otoño", None, "la concejala")
    ]
