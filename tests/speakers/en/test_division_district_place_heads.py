"""A capitalised name that ends in "Division", "District" or "Constituency" is a place (a police division of a
Nigerian state, an Indian district, a Kenyan constituency), never a person's name, as one ending in "County" is:
"The commander of South Kano Division, Musa Bello, said" is Musa Bello, the commander his role (the speaker was
"Kano Division", the role "commander of South, Musa Bello"). Made-up sentences in the shapes of Nigerian, Indian
and Kenyan police and constituency pages."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_a_police_division_of_three_words() -> None:
    assert said_in_en("The commander of South Kano Division, Musa Bello, said the area was calm on Sunday.") == [
        ("Musa Bello", "The commander of South Kano Division")
    ]


def test_a_police_division_before_a_rank() -> None:
    assert said_in_en(
        "The commander of Sabon Gari Division, CSP Musa Bello, said the market would reopen on Monday."
    ) == [("Musa Bello", "The commander of Sabon Gari Division")]


def test_a_district_is_no_name() -> None:
    who = said_in_en("The DCP of South Delhi District, Ankit Singh, said the accused had been arrested.")
    assert who[0][0] == "Ankit Singh"


def test_a_constituency_is_no_name() -> None:
    assert said_in_en(
        "The MP for Kisumu Central Constituency, Joshua Oron, said the road would be tarmacked by June."
    ) == [("Joshua Oron", "The MP for Kisumu Central Constituency")]
