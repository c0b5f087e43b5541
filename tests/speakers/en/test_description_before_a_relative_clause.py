"""A description before a relative clause with no comma ("An elderly woman who lives nearby said") is the subject,
not the words of the clause ("lives nearby"). Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_description_before_who_and_a_verb() -> None:
    assert said_in_en("An elderly woman who lives next to the depot said the lorries start at five.") == [
        (None, "An elderly woman")
    ]


def test_counted_person_before_who() -> None:
    assert said_in_en("One parent who attended the meeting said the head had been evasive.") == [
        (None, "One parent")
    ]


def test_group_noun_alone_before_who() -> None:
    assert said_in_en("Neighbours who saw the smoke said the flat had been empty for months.") == [
        (None, "Neighbours")
    ]
