"""German reported speech in Konjunktiv I whose reporting clause names no one the readers of a subject take
("Der Minister versicherte, …"): the report is the clause without the reporting clause, and the speaker before
it is not carried on to it. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import indirect_said


def test_the_reporting_clause_before_the_comma_is_not_reported() -> None:
    assert indirect_said("Der Minister versicherte, es werde keine Kürzungen im Haushalt geben.", language="de") == [
        ("es werde keine Kürzungen im Haushalt geben", None)
    ]
    assert indirect_said("Der Minister sagte am Montag, die Regierung plane neue Schulden.", language="de") == [
        ("die Regierung plane neue Schulden", None)
    ]


def test_the_reporting_clause_after_the_comma_is_not_reported() -> None:
    assert indirect_said(
        "Die Regierung plane neue Schulden, berichtete am Montag die Zeitung aus München.", language="de"
    ) == [("Die Regierung plane neue Schulden", None)]


def test_the_speaker_before_is_not_carried_on_to_a_sentence_with_its_own_cue() -> None:
    found = indirect_said(
        "„Das geht so nicht“, sagte Anna Berg.",
        "Die Lage sei ernst. Der Minister versicherte, es werde keine Kürzungen geben.",
        language="de",
    )
    assert found == [("Die Lage sei ernst", "Anna Berg"), ("es werde keine Kürzungen geben", None)]
