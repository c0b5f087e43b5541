"""After an inverted cue, "the" + a person noun of sport or trade, a comma and a full name ("said the umpire,
Ann Hale") names the person, the description being the role. Made-up
sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in find_quotes([Block(text=text)], "en")
    ]


def test_referee_then_full_name() -> None:
    text = "“The ball hit his arm,” said the referee, Paul Tierney."
    assert _speakers(text) == [("Paul Tierney", "the referee")]


def test_driver_then_full_name() -> None:
    text = "“The car was a handful,” said the Alpine driver, Pierre Gasly."
    assert _speakers(text) == [("Pierre Gasly", "the Alpine driver")]
