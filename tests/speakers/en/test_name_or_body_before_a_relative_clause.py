"""A name or a body opening the words before a relative clause with no comma ("Tom Hale who lives nearby said",
"Police who attended said") is the subject, not the clause's last words ("lives nearby", "attended"); an
indefinite pronoun there ("Anyone who saw the crash said") names nobody (no speaker). Made-up
sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


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
