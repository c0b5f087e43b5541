"""An abbreviation that opens a place's name ("St.", "Ft.", "Mt.") after a preposition names the place, not a title
before a person: "forecasters in St. Louis said" are the people there, as "officials in Brantwick" are. Found by a
probe of made-up sentences ("Louis" with the role "St."; the closing form found no quote). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("people", "place"),
    [("Forecasters", "St. Linwood"), ("Residents", "Mt. Harlow"), ("Police", "Ft. Brannock"), ("Teachers", "St. Oda")],
)
def test_people_in_an_abbreviated_place(people: str, place: str) -> None:
    assert said(f"{people} in {place} said the road would stay closed.", "en") == [(None, f"{people} in {place}")]


def test_closing_form() -> None:
    assert said("The road would stay closed, forecasters in St. Linwood said.", "en") == [
        (None, "forecasters in St. Linwood")
    ]


def test_people_from_an_abbreviated_place() -> None:
    assert said("Teachers from St. Oda said the strike would go ahead.", "en") == [(None, "Teachers from St. Oda")]


def test_a_place_opening_a_role_is_unchanged() -> None:
    assert said("St. Linwood Fed President Jane Harlow said rates would rise.", "en") == [
        ("Jane Harlow", "St. Linwood Fed President")
    ]
