"""English reported speech: "continue" before an infinitive reports nothing ("…, he continues to expect a
rebound"), while "…, he continued." closing a clause does. Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _indirect(*paragraphs: str) -> list[str]:
    """The text of every indirect quote of the made-up paragraphs, in order."""
    found = find_quotes([Block(text=p) for p in paragraphs], "en")
    return [q.text for q in found if q.kind is QuoteKind.INDIRECT]


def test_continue_before_an_infinitive_reports_nothing() -> None:
    """The phrase before "he continues to expect" is the writer's, not what he said."""
    assert _indirect("But with the latest jobs figures, he continues to expect a rebound.") == []
    assert _indirect("With the harvest in, the co-op continues to pay farmers.") == []


def test_continued_closing_a_clause_still_reports_it() -> None:
    assert _indirect("The bridge will reopen by summer, the engineer continued.") == ["The bridge will reopen by summer"]
