"""A title's complement of two parts joined by "and" before the holder's name ("Minister of Trade and Industry
Kofi Adjei", "Secretary for Transport and Logistics Lam Sai-hung"): the complement is the title's, the name is the
person's; before, the complement's last word opened the name. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_of_a_and_b() -> None:
    assert said_in_en('Minister of Fisheries and Ocean Affairs Abena Quaye said: "The closed season works."') == [
        ("Abena Quaye", "Minister of Fisheries and Ocean Affairs")
    ]


def test_for_a_and_b_then_the_surname() -> None:
    assert said_in_en(
        "Secretary for Housing and Planning Wong Ka-leung said the flats would be ready in 2027.",
        '"We will not cut corners," Wong said.',
    ) == [("Wong Ka-leung", "Secretary for Housing and Planning")] * 2


def test_two_people_joined_by_and_stay_two() -> None:
    assert said_in_en('Ben Cole and Ann Lee said: "We agree."') == [("Ben Cole and Ann Lee", None)]
