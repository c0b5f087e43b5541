"""Titles written as capital initials ("PM", "CM", "DA", "IGP") and Malaysian honorifics of two words ("Tan Sri",
"Dato' Sri", "Puan Sri") before a name: the role, not part of the name. "Tan" and "Sri" alone stay name words
("Tan Boon Hock", "Sri Mulyani"), and a lower-case particle spelt like an initial stays in the name ("da"). Made-up
sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_prime_minister_written_pm() -> None:
    assert said("“The rail link will open in May,” said PM Arvind Mehra.", "en") == [("Arvind Mehra", "PM")]


def test_chief_minister_of_a_state_written_cm() -> None:
    assert said("“The rail link will open in May,” said Kerala CM Suresh Nair.", "en") == [
        ("Suresh Nair", "Kerala CM")
    ]


def test_district_attorney_of_a_county_written_da() -> None:
    assert said("“The case is closed,” said Queens County DA Lena Morrow.", "en") == [
        ("Lena Morrow", "Queens County DA")
    ]


def test_police_chief_written_igp_before_said() -> None:
    assert said("“The roads are safe,” IGP Razak Hamid said.", "en") == [("Razak Hamid", "IGP")]


def test_tan_sri_is_the_role() -> None:
    assert said("“The party will hold,” said Tan Sri Azlan Musa.", "en") == [("Azlan Musa", "Tan Sri")]


def test_dato_sri_with_its_apostrophe_is_the_role() -> None:
    assert said("“The party will hold,” said Dato' Sri Halim Osman.", "en") == [("Halim Osman", "Dato' Sri")]


def test_puan_sri_is_the_role() -> None:
    assert said("“The fund will grow,” said Puan Sri Zaleha Yusof.", "en") == [("Zaleha Yusof", "Puan Sri")]


def test_tan_as_a_surname_stays_in_the_name() -> None:
    assert said("“The fund will grow,” said Tan Boon Keat.", "en") == [("Tan Boon Keat", None)]


def test_sri_as_a_given_name_stays_in_the_name() -> None:
    assert said("“The budget is sound,” said Sri Wahyuni Lestari.", "en") == [("Sri Wahyuni Lestari", None)]


def test_lower_case_particle_da_stays_in_the_name() -> None:
    assert said("“The budget is sound,” said Marco da Rocha.", "en") == [("Marco da Rocha", None)]
