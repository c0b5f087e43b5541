"""A reported clause without "that" after a chain of adverbials ("said at a rally in Ohio on Saturday he would
win"): a subject pronoun with its finite verb opens it. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_a_chain_of_adverbials_then_a_pronoun_subject() -> None:
    assert reported("Hale said at a rally in Ohio on Saturday he would win the seat.") == ["he would win the seat"]


def test_an_interview_with_a_named_outlet_then_a_pronoun_subject() -> None:
    assert reported("Silva said in an interview with the Ledger on Sunday she had no regrets.") == [
        "she had no regrets"
    ]
