"""German speakers: an office with a complement opened by a preposition, then the name set off by commas,
before the reporting verb ("Die Leiterin vom Tierheim Nordstadt, Petra Lind, sagte, …"). Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _found(text: str) -> list[tuple[str, str, str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], "de")
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None)
            for q in quotes]


def test_the_name_apposed_to_an_office_with_a_complement_speaks_a_reported_clause() -> None:
    # before: the whole sentence, office, name and verb included, was one report with no speaker
    assert _found("Die Leiterin vom Tierheim Nordstadt, Petra Lind, sagte, es fehle an Futter.") == [
        ("indirect", "es fehle an Futter", "Petra Lind", "Die Leiterin vom Tierheim Nordstadt")
    ]


def test_the_name_apposed_to_an_office_with_a_complement_speaks_a_quote() -> None:
    # before: the office alone ("Die Leiterin") was the speaker, the name right after it ignored
    assert _found("Die Leiterin vom Tierheim Nordstadt, Petra Lind, sagte: „Uns fehlt das Futter.“") == [
        ("direct", "Uns fehlt das Futter.", "Petra Lind", "Die Leiterin vom Tierheim Nordstadt")
    ]

