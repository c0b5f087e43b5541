"""A person just quoted with a role ("said Bambang Sutrisno, the head of the rescue agency") is no body that a
later "the airline said" stands for, though no table knows the given name; a body quoted just before still
is ("the bank said" after Harbor Savings). Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_the_airline_is_not_the_agency_head_just_quoted() -> None:
    assert speakers_in(
        "“The waves are very high,” said Bambang Sutrisno, the head of the rescue agency.",
        "The pilot was experienced and the jet was serviced in May, the airline said.",
        language="en",
    ) == ["Bambang Sutrisno", None]


def test_the_bank_is_still_the_body_just_quoted() -> None:
    assert speakers_in(
        "Rates will fall by spring, Harbor Savings Group said on Monday.",
        "“Inflation is easing,” the bank said.",
        language="en",
    ) == ["Harbor Savings Group", "Harbor Savings Group"]
