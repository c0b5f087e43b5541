"""A person quoted by surname alone after the full name was given ("“…,” Varjonen told reporters" after "Tapio
Varjonen") is a person: a body is not named by the last word of its name that way, so a later "the airline said"
never stands for that person, though no table knows the given name. Leave it unnamed when no body fits.
Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_the_airline_is_not_the_person_just_quoted_by_surname() -> None:
    assert speakers_in(
        "The search is led by the head of the rescue agency, Tapio Varjonen.",
        "“The waves are very high,” Varjonen told reporters.",
        "The pilot was experienced and the jet was serviced in May, the airline said.",
        language="en",
    ) == ["Tapio Varjonen", None]


def test_the_bank_is_still_a_body_quoted_by_its_full_name() -> None:
    assert speakers_in(
        "Halvorsen Kemppainen estimates that oil output could rise within two years.",
        "“We maintain our view that the change is a large risk,” the bank said in a note.",
        language="en",
    ) == ["Halvorsen Kemppainen", "Halvorsen Kemppainen"]
