"""A cue form right before "by" after a comma is a participle of the noun before it (", a view shared by most
councillors."), not a verb closing the sentence with that noun as its speaker."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _reported(text: str) -> list[tuple[str, str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], "en")
    return [
        (q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None)
        for q in quotes
        if q.kind is QuoteKind.INDIRECT
    ]


def test_a_participle_before_by_closes_no_report() -> None:
    assert _reported("The harbour will reopen in May, a date confirmed by the port authority on Monday.") == []


def test_the_speakers_report_before_a_noun_and_its_participle() -> None:
    assert _reported("The headteacher said the merger was final, a view shared by most governors.") == [
        ("the merger was final", None, "The headteacher")
    ]
