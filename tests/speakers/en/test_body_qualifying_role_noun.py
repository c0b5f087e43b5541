"""A body's capitalised name qualifying a lower-case noun before the role's head ("Ardent Racing team boss Lena
Fuchs", "Port Kelang police chief Ali Omar") is all of the role, not the head alone. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_team_name_before_team_boss() -> None:
    text = "“We are ready for the final race,” Ardent Racing team boss Lena Fuchs said."
    assert said_in_en(text) == [("Lena Fuchs", "Ardent Racing team boss")]


def test_place_before_police_chief() -> None:
    text = "“The suspect has been remanded for a week,” Port Kelang police chief Ali Omar said."
    assert said_in_en(text) == [("Ali Omar", "Port Kelang police chief")]


def test_at_the_start_of_a_sentence() -> None:
    text = "Port Kelang police chief Ali Omar said the suspect had been remanded for a week."
    assert said_in_en(text) == [("Ali Omar", "Port Kelang police chief")]
