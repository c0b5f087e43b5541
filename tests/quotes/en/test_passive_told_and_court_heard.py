"""A clause told to a passive subject ("were told (that) …") or heard by a court or an inquiry ("The court heard
(that) …") is reported with nobody named as its speaker; an object after "told" or "heard" is no report."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _reported(text: str) -> list[tuple[str, str | None]]:
    quotes = find_quotes([Block(text=text)], "en")
    return [(q.text, q.speaker.name if q.speaker else None) for q in quotes if q.kind is QuoteKind.INDIRECT]


def test_were_told_a_clause() -> None:
    assert _reported("Villagers were told the ferry would not run until Thursday.") == [
        ("the ferry would not run until Thursday", None)
    ]
    assert _reported("Staff have been told that the depot will close in the autumn.") == [
        ("the depot will close in the autumn", None)
    ]
    assert _reported("The hearing was told that the lift had failed twice before.") == [
        ("the lift had failed twice before", None)
    ]


def test_court_heard_a_clause() -> None:
    assert _reported("A court heard that the driver had been using his phone.") == [
        ("the driver had been using his phone", None)
    ]
    assert _reported("The jury heard the brothers had not spoken for years.") == [
        ("the brothers had not spoken for years", None)
    ]
    assert _reported("An inquest heard that the climber fell about thirty metres.") == [
        ("the climber fell about thirty metres", None)
    ]


def test_heard_or_told_an_object_reports_nothing() -> None:
    assert _reported("The court heard evidence from four witnesses.") == []
    assert _reported("The tribunal heard the appeals of two drivers.") == []
    assert _reported("The boy was told off by his teacher.") == []
    assert _reported("They were told the news on Friday.") == []
    assert _reported("He was told to leave the building.") == []
