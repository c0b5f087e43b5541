"""A one-word run after "in" that no given name opens is where the speakers are, not a person, even when no place
table holds it ("officials in Brantwick said"): the description with it speaks; after a body's name ("the Harbour
Authority in Brantwick said") the body speaks. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_officials_in_an_unlisted_town() -> None:
    assert said("Officials in Brantwick said the bridge would reopen.", "en") == [(None, "Officials in Brantwick")]


def test_body_in_an_unlisted_town() -> None:
    assert said("The Harbour Safety Authority in Brantwick said the bridge would reopen.", "en") == [
        ("The Harbour Safety Authority", None)
    ]


def test_report_closed_by_a_body_in_a_town() -> None:
    assert said("The bridge will reopen, the Harbour Safety Authority in Brantwick said.", "en") == [
        ("the Harbour Safety Authority", None)
    ]
