"""A German clause of "wie" with its time and place inside ("Wie die Reederei am Freitag in Lindau sagte, …",
eight words) reports the rest of the sentence (before: seven words at most, no quote). Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def test_as_said_clause_of_eight_words() -> None:
    found = find_quotes([Block(text="Wie die Reederei am Freitag in Lindau sagte, fährt die Fähre wieder.")], "de")
    assert [(q.text, q.speaker.role if q.speaker else None) for q in found] == [
        ("fährt die Fähre wieder", "die Reederei")
    ]
