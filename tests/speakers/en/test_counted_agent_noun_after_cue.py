"""After an inverted cue, a count or "one" with a capitalised modifier and an agent noun ("said one Osaka-based
trader", "said two Dutch investors") describes unnamed sources: no name "Osaka-based". Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in find_quotes([Block(text=text)], "en")
    ]


def test_one_place_based_trader() -> None:
    text = "“Buyers are staying away for now,” said one Osaka-based trader."
    assert _speakers(text) == [(None, "one Osaka-based trader")]


def test_two_place_based_dealers() -> None:
    text = "“Buyers are staying away for now,” said two Mumbai-based dealers."
    assert _speakers(text) == [(None, "two Mumbai-based dealers")]
