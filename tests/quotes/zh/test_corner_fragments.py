"""A one-word fragment in corner marks inside a report is the speaker's word; in “” it stays a term (made-up
sentences, the expected quote read from the sentence)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _direct(text: str) -> list[tuple[str, str | None]]:
    quotes = [q for q in find_quotes([Block(text=text)], "zh") if q.kind == QuoteKind.DIRECT]
    return [(q.text, q.speaker.name if q.speaker is not None else None) for q in quotes]


def test_one_word_in_corner_marks_is_a_word_said() -> None:
    assert _direct("陳大文昨日表示，政府的做法「荒謬」。") == [("荒謬", "陳大文")]


def test_one_word_in_curly_marks_is_a_term() -> None:
    assert _direct("陈大文昨日表示，政府的做法“荒谬”。") == []
