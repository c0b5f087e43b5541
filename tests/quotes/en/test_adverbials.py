"""Adverbials around an English cue: after the clause, before it, right after the cue.

A cue after its clause ("…, the president said") may be followed by adverbials of any length to the
sentence end ("in a speech to troops at a base in the north"): the clause before the cue is still the report.
Made-up sentences only.

A reported clause without "that" after a chain of adverbials ("said at a rally in Ohio on Saturday he would
win"): a subject pronoun with its finite verb opens it. Made-up sentences only.

An adverb of the saying right after the cue ("said publicly", "said repeatedly") is no part of the
clause; one of degree is ("said nearly a third …"). Sentences are made up.
"""

from __future__ import annotations

from tests.quote_helpers import quotes_found, reported


def test_a_long_adverbial_after_the_cue() -> None:
    text = "The ferry will sail on Friday, the harbour master said in a message to the crews of the fleet."
    assert quotes_found(text) == [
        ("indirect", "The ferry will sail on Friday", None)
    ]


def test_adverbials_and_a_participle_phrase_after_the_cue() -> None:
    assert quotes_found("The ferry will sail on Friday, Ana Silva said on Monday in Oslo, without giving details.") == [
        ("indirect", "The ferry will sail on Friday", "Ana Silva")
    ]


def test_a_chain_of_adverbials_then_a_pronoun_subject() -> None:
    assert reported("Hale said at a rally in Ohio on Saturday he would win the seat.") == ["he would win the seat"]


def test_an_interview_with_a_named_outlet_then_a_pronoun_subject() -> None:
    assert reported("Silva said in an interview with the Ledger on Sunday she had no regrets.") == [
        "she had no regrets"
    ]


def test_said_publicly_then_a_clause() -> None:
    assert quotes_found("Rosa Vint has said publicly the depot was too small.") == [
        ("indirect", "the depot was too small", "Rosa Vint")
    ]


def test_said_privately_then_a_pronoun() -> None:
    assert quotes_found("Tom Hale said privately he would not resign.") == [("indirect", "he would not resign", "Tom Hale")]


def test_no_clause_starts_past_the_comma_after_an_adverbial() -> None:
    # What follows "said in a statement," is a quote (or a title before one), not a clause the cue reports.
    assert reported("The governor said in a statement, “We are relieved” at the crew’s return.") == []
    assert reported("She wrote in her diary, Notes From the Coast, “I was ten and the sea was cold.”") == []


def test_a_date_month_first_is_walked_past() -> None:
    assert reported("The harbour master said on November 14 the pier would be rebuilt.") == [
        "the pier would be rebuilt"
    ]


def test_a_date_day_first_with_its_year_is_walked_past() -> None:
    assert reported("The trust told reporters on 3 March 2025 the ward would move to Ely.") == [
        "the ward would move to Ely"
    ]
