"""A "that" inside the clause after "told" and its listener is the clause's own, not the cue's."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _indirect(text: str) -> list[str]:
    return [q.text for q in find_quotes([Block(text=text)], "en") if q.kind is QuoteKind.INDIRECT]


def test_a_time_phrase_with_that_in_the_clause() -> None:
    found = _indirect("Okafor told reporters she was in Lagos that week.")
    assert found == ["she was in Lagos that week"]


def test_the_cue_that_after_the_listener_still_opens_the_clause() -> None:
    assert _indirect("Okafor told reporters on Friday that she was in Lagos.") == ["she was in Lagos"]
