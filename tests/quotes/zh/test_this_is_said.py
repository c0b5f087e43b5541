"""“…”这是王明最常说的一句话: the sentence right after a quote names who said it.

Every sentence is made up; quotes and speakers are read off the sentence.
"""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _direct(texts: list[str]) -> list[tuple[str, str | None]]:
    found = find_quotes([Block(text=t) for t in texts], "zh")
    return [(q.text, q.speaker.name if q.speaker else None) for q in found if q.kind == QuoteKind.DIRECT]


def test_this_is_what_a_named_person_often_says() -> None:
    assert _direct(["“我们没有退路。”这是王建国最常说的一句话。"]) == [("我们没有退路。", "王建国")]


def test_this_sentence_was_said_by_a_named_person() -> None:
    assert _direct(["“再难也要走下去。”这句话是李秀兰说的。"]) == [("再难也要走下去。", "李秀兰")]
