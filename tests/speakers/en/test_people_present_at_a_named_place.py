"""People who are at a place and never its voice ("fans", "worshippers", "commuters") "at" or "on" any name are the
people there: they speak as a group, the place does not ("Fans at Old Trafford said" gave the speaker "Old
Trafford"; "Workers on Lagos Island said", "Lagos Island"). Session 63. The nouns of a body's people ("analysts at
…", "officials at …") and "in" before a name that is no street, market or school read as before. Made-up sentences
of sports, regional and Nigerian pages."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("people", "tie", "place"),
    [
        ("Fans", "at", "Brannock Park"),
        ("Workers", "on", "Ikoyi Island"),
        ("Worshippers", "at", "St Oda's"),
        ("Commuters", "at", "Harlow Central"),
        ("Angry spectators", "at", "the Lanwick Oval"),
    ],
)
def test_people_at_a_place_speak_as_a_group(people: str, tie: str, place: str) -> None:
    assert said(f"{people} {tie} {place} said the gates had been shut for an hour.", "en") == [
        (None, f"{people} {tie} {place}")
    ]


def test_closing_form() -> None:
    assert said("The gates had been shut for an hour, fans at Brannock Park said.", "en") == [
        (None, "fans at Brannock Park")
    ]


def test_people_of_a_body_still_give_the_body() -> None:
    assert said("Analysts at Harlow Capital said rates would rise.", "en") == [("Harlow Capital", None)]
    assert said("Officials at the Ministry of Works said the bridge would open.", "en") == [("Ministry of Works", None)]


def test_in_before_a_body_is_unchanged() -> None:
    assert said("Democrats in Congress said the bill would fail.", "en") == [("Congress", None)]


@pytest.mark.parametrize(
    "one",
    ["A fan at Brannock Park", "One supporter at Brannock Park", "An eyewitness at Harlow Central"],
)
def test_one_of_the_people_at_a_place(one: str) -> None:
    assert said(f"{one} said the gates had been shut for an hour.", "en") == [(None, one)]


def test_one_of_a_body_at_a_place_is_unchanged() -> None:
    assert said("A spokesman at Harlow Central said trains were late.", "en") == [("Harlow Central", None)]
