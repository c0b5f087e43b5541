"""A lower-case title after a body's noun ("the Selangor police chief said") names a
person, unnamed here: a description, not an organisation. A title word after "of" still names the body ("the
ministry of defence"). Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in find_quotes([Block(text=text)], "en")
    ]


def test_place_police_chief_is_a_description() -> None:
    text = "“It was a difficult call,” the Port Kelang police chief said."
    assert _speakers(text) == [(None, "the Port Kelang police chief")]


def test_one_word_place_before_police_chief() -> None:
    text = "“Two suspects are still at large,” the Penang police chief said."
    assert _speakers(text) == [(None, "the Penang police chief")]
