"""German reported speech in Konjunktiv I whose reporting clause names no one the readers of a subject take
("Der Minister versicherte, …"): the report is the clause without the reporting clause, and the speaker before
it is not carried on to it. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _indirect(*paragraphs: str) -> list[tuple[str, str | None]]:
    quotes = find_quotes([Block(text=p) for p in paragraphs], "de")
    return [(q.text, q.speaker.name if q.speaker else None) for q in quotes if q.kind.value == "indirect"]


def test_the_reporting_clause_before_the_comma_is_not_reported() -> None:
    assert _indirect("Der Minister versicherte, es werde keine Kürzungen im Haushalt geben.") == [
        ("es werde keine Kürzungen im Haushalt geben", None)
    ]
    assert _indirect("Der Minister sagte am Montag, die Regierung plane neue Schulden.") == [
        ("die Regierung plane neue Schulden", None)
    ]


def test_the_reporting_clause_after_the_comma_is_not_reported() -> None:
    assert _indirect("Die Regierung plane neue Schulden, berichtete am Montag die Zeitung aus München.") == [
        ("Die Regierung plane neue Schulden", None)
    ]


def test_the_speaker_before_is_not_carried_on_to_a_sentence_with_its_own_cue() -> None:
    found = _indirect(
        "„Das geht so nicht“, sagte Anna Berg.",
        "Die Lage sei ernst. Der Minister versicherte, es werde keine Kürzungen geben.",
    )
    assert found == [("Die Lage sei ernst", "Anna Berg"), ("es werde keine Kürzungen geben", None)]
