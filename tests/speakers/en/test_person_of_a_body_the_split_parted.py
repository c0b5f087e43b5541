"""A person's name, "of the" and a body's capitalised name that the split of the run parts after a body's word
("Accra Regional Police | Command", "Kenya Police | Reserve"): the body is the person's affiliation, the person
speaks. Before, the last word of the body was read as the speaker's name. A title in the run after "of" still
opens a person's role ("The wife of Police Inspector Kamau"). Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_a_titled_person_of_a_regional_police_command() -> None:
    text = "Chief Superintendent Mark Oduro of the Accra Regional Police Command said the suspects would be charged."
    assert said_in_en(text) == [("Mark Oduro", "Chief Superintendent of the Accra Regional Police Command")]


def test_a_person_of_a_police_reserve_before_a_quote() -> None:
    text = "Esther Njoki of the Kenya Police Reserve said: “We patrol the border every night.”"
    assert said_in_en(text) == [("Esther Njoki", "of the Kenya Police Reserve")]


def test_a_title_after_of_is_a_persons_role() -> None:
    text = "The wife of Police Inspector Kamau said the car was found near the river."
    assert said_in_en(text) == [("Kamau", "Police Inspector")]
