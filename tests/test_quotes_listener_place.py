"""Where the listener was told is no reported clause ("told reporters aboard Air Force One, adding …").
Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _indirect(text: str) -> list[str]:
    return [q.text for q in find_quotes([Block(text=text)], "en") if q.kind is QuoteKind.INDIRECT]


def test_a_place_after_the_listener_is_no_clause() -> None:
    found = _indirect('"We will see," Trump told reporters aboard Air Force One, adding that he would decide soon.')
    assert found == ["he would decide soon"]
    assert _indirect("Lee told the crowd outside the stadium, smiling, that the team would win.") == [
        "the team would win"
    ]


def test_a_clause_after_the_listener_is_still_reported() -> None:
    assert _indirect("Trump told reporters the plan was dead.") == ["the plan was dead"]
