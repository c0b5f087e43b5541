"""An adverb that points to a place in the text ("a good question, answered above, but …") is no inverted
speaker: no description "above" or "below". Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _roles(text: str) -> list[str | None]:
    return [q.speaker.role if q.speaker else None for q in find_quotes([Block(text=text)], "en")]


def test_answered_above_names_no_speaker() -> None:
    text = "That is a fair question, answered above, but it raises another one: what do the ratings mean?"
    assert "above" not in _roles(text)


def test_explained_below_names_no_speaker() -> None:
    text = "The tents are warm enough for most trips, explained below, but a liner helps in winter."
    assert "below" not in _roles(text)
