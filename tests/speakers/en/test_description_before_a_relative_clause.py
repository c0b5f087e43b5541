"""A description, a name or a body opening the words before a relative clause with no comma ("An elderly woman who
lives nearby said", "Tom Hale who lives nearby said", "Police who attended said") is the subject, not the words of
the clause ("lives nearby", "attended"); an indefinite pronoun there ("Anyone who saw the crash said") names
nobody (no speaker). Made-up sentences only."""

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


def test_name_before_who_and_a_verb() -> None:
    assert said_in_en("Kwame Boateng who runs a shop nearby said: “The water came in at midnight.”") == [
        ("Kwame Boateng", None)
    ]


def test_body_before_who_and_a_verb() -> None:
    assert said_in_en("Police who attended said: “The driver was taken to hospital with leg injuries.”") == [
        ("Police", None)
    ]


def test_indefinite_pronoun_before_who_names_nobody() -> None:
    assert said_in_en("Anyone who saw the crash said: “Please call the station.”") == [(None, None)]
