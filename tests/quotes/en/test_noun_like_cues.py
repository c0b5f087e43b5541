"""Cue words that are as often plural nouns ("states", "comments") report only with "that"."""

from __future__ import annotations

from tests.quote_helpers import texts_in


def test_states_as_a_plural_noun_reports_nothing() -> None:
    assert texts_in("Voters in eleven states will cast ballots on Tuesday.", language="en") == []


def test_comments_as_a_plural_noun_reports_nothing() -> None:
    assert texts_in("His sharp comments online drew a rebuke from the party.", language="en") == []


def test_states_that_still_reports() -> None:
    assert texts_in("The audit states that the bridge is unsafe for heavy lorries.", language="en") == [
        "the bridge is unsafe for heavy lorries"
    ]


def test_states_that_and_a_verb_is_a_relative_clause() -> None:
    assert texts_in("Turnout fell in the nine states that have held caucuses so far.", language="en") == []


def test_comments_that_and_a_verb_is_a_relative_clause() -> None:
    assert texts_in("She faced questions over comments that were repeated by her aides.", language="en") == []
