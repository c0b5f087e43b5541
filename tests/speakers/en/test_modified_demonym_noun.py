"""A noun for a person of a place after "the" and lower-case modifiers ("the 29-year-old Spaniard", "the veteran
Brazilian") is someone already named, as "the Spaniard" is: no name "Spaniard". Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import speakers_in_en


def test_age_before_demonym_noun_is_no_name() -> None:
    text = "“We had our chances in the second set,” the 29-year-old Spaniard said."
    assert speakers_in_en(text) == [None]


def test_adjective_before_demonym_is_no_name() -> None:
    text = "“I felt at home on clay,” the veteran Brazilian said."
    assert speakers_in_en(text) == [None]


def test_modified_demonym_points_back_to_the_player_quoted_before() -> None:
    text = (
        "“The wind made it hard,” Pablo Ortega said after the match. "
        "“We had our chances in the second set,” the 29-year-old Spaniard said."
    )
    assert speakers_in_en(text) == ["Pablo Ortega", "Pablo Ortega"]
