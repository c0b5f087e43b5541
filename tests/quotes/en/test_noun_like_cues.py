"""Cue words that are as often plural nouns ("states", "comments") report only with "that"."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _quotes(text: str) -> list[str]:
    return [q.text for q in find_quotes([Block(text=text)], "en")]


def test_states_as_a_plural_noun_reports_nothing() -> None:
    assert _quotes("Voters in eleven states will cast ballots on Tuesday.") == []


def test_comments_as_a_plural_noun_reports_nothing() -> None:
    assert _quotes("His sharp comments online drew a rebuke from the party.") == []


def test_states_that_still_reports() -> None:
    assert _quotes("The audit states that the bridge is unsafe for heavy lorries.") == [
        "the bridge is unsafe for heavy lorries"
    ]


def test_states_that_and_a_verb_is_a_relative_clause() -> None:
    assert _quotes("Turnout fell in the nine states that have held caucuses so far.") == []


def test_comments_that_and_a_verb_is_a_relative_clause() -> None:
    assert _quotes("She faced questions over comments that were repeated by her aides.") == []
