"""A cue's participle after "the" is a noun ("the accused told the court", "counsel for the accused argued"):
the phrase is the subject of the cue after it, so the quote is found with its speaker. Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.text, q.speaker.role if q.speaker else None, q.cue) for q in find_quotes([Block(text=text)], "en")
    ]


def test_the_accused_told_the_court() -> None:
    text = "“I never touched the money,” the accused told the court."
    assert _found(text) == [("I never touched the money,", "the accused", "told")]


def test_counsel_for_the_accused_argued() -> None:
    text = "“The search was unlawful,” counsel for the accused argued."
    assert _found(text) == [("The search was unlawful,", "counsel for the accused", "argued")]
