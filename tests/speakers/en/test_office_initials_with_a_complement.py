"""An office in capital initials with a complement after "of" before a name set off by commas ("The DCP of South
Delhi, Ankit Singh, said") is the named person's role, as "The CEO of Acme, Tom Reed," reads: the speaker was
"DCP" with the role "of South Delhi, Ankit Singh". Made-up sentences in the shapes of Indian, Kenyan and Nigerian
police and business pages."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_a_police_office_of_a_district() -> None:
    assert said_in_en("The DCP of South Delhi, Ankit Singh, said the accused had been arrested at dawn.") == [
        ("Ankit Singh", "The DCP of South Delhi")
    ]


def test_a_managing_director_of_a_firm() -> None:
    assert said_in_en("The MD of Kenya Power, Joseph Siror, said the outage would end by noon on Friday.") == [
        ("Joseph Siror", "The MD of Kenya Power")
    ]


def test_a_divisional_police_officer_is_no_name() -> None:
    who = said_in_en("The DPO of Sabon Gari Division, Musa Bello, said the market was calm on Sunday.")
    assert who[0][0] == "Musa Bello"


def test_initials_alone_after_a_holder_named_before() -> None:
    assert said_in_en("Interior CS Ann Wanjiru toured Nakuru on Monday. The CS said the curfew would end.") == [
        ("Ann Wanjiru", "The CS")
    ]


def test_a_complement_of_three_words_ending_in_a_place_head() -> None:
    """ "The DPO of Sabon Gari Division, CSP Musa Bello, said": a complement of three words is read when its last is
    a place's head ("Division", "District"); the role was the rank "CSP", and without the rank nothing."""
    assert said_in_en(
        "The DPO of Sabon Gari Division, CSP Musa Bello, said two suspects had been arrested."
    ) == [("Musa Bello", "The DPO of Sabon Gari Division")]
    assert said_in_en("The DPO of Sabon Gari Division, Musa Bello, said two suspects had been arrested.") == [
        ("Musa Bello", "The DPO of Sabon Gari Division")
    ]
