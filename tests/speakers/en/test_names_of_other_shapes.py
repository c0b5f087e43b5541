"""Names of shapes other than the English ones (English).

Found by benchmarks/speaker_invariance.py: swapping each person's name in a text for a name of another
origin must not change who speaks. Made-up sentences only.

- A name whose words open with a capital outside A-Z ("Łukasz Żółkiewski", "Álvaro") is a name
  like any other: the later surname stands for the full name.
- A particle joined to the surname by a hyphen ("Nour el-Hassan", "Youssef al-Masri") is part of the name.
"""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_a_name_opening_with_a_polish_capital_is_found_again_from_its_surname() -> None:
    assert speakers_in(
        "Łukasz Żółkiewski, a grain farmer near the river, lost half his harvest to the flood.",
        "“We will plant again in the spring,” Żółkiewski said.",
        language="en",
    ) == ["Łukasz Żółkiewski"]


def test_a_spanish_given_name_with_an_accented_capital_opens_the_name() -> None:
    assert speakers_in(
        "Álvaro Sánchez, who runs the ferry company, met the mayor on Tuesday.",
        "“The timetable will not change this year,” Sánchez said.",
        language="en",
    ) == ["Álvaro Sánchez"]


def test_a_particle_joined_by_a_hyphen_stays_in_the_name() -> None:
    assert speakers_in(
        "Nour el-Hassan, a nurse at the clinic, worked through the night.",
        "“We ran out of beds by midnight,” el-Hassan said.",
        language="en",
    ) == ["Nour el-Hassan"]


def test_the_adjective_of_a_country_before_an_unknown_full_name_is_no_part_of_it() -> None:
    # "American", "Brazilian": where the person is from; the given names are in no table
    assert speakers_in("American Teodran Merwick said the talks were over.", language="en") == ["Teodran Merwick"]
    assert speakers_in("Brazilian Halvik Dunsarrow said the talks were over.", language="en") == ["Halvik Dunsarrow"]


def test_the_adjective_of_a_country_before_two_words_of_an_organisation_stays() -> None:
    assert speakers_in("American Airlines said the flights were cancelled.", language="en") == ["American Airlines"]


def test_two_people_named_together_whose_names_open_with_polish_capitals() -> None:
    # "both men" points back to the pair named as one subject, whatever Latin capital opens their names
    assert speakers_in(
        "Jędrzej Ślązak and Łukasz Żółkiewski, both teachers at the school, were released on Tuesday.",
        "Both men said they had been treated well.",
        language="en",
    ) == ["Jędrzej Ślązak and Łukasz Żółkiewski"]


def test_two_people_named_together_with_a_lower_case_particle_inside_a_name() -> None:
    assert speakers_in(
        "Íñigo Martínez de León and José Luis Ortega Núñez, both teachers at the school, were released on Tuesday.",
        "Both men said they had been treated well.",
        language="en",
    ) == ["Íñigo Martínez de León and José Luis Ortega Núñez"]
