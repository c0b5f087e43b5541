"""An office written with a capitalised noun of a person and its complement ("The Member of Parliament for Ejisu",
"The Member for Ejisu"), set off before the holder's name, is the holder's role; the noun is no name. Alone, the
office is a description. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_member_of_parliament_for_a_seat_then_the_name() -> None:
    assert said_in_en(
        'The Member of Parliament for Asante Akim, Kwabena Ofori, said: "The bridge will open before the rains."'
    ) == [("Kwabena Ofori", "The Member of Parliament for Asante Akim")]


def test_member_for_a_seat_then_a_name_no_given_name_list_knows() -> None:
    assert said_in_en(
        "The Member for Kintampo, Yaw Darko, said the clinic would be rebuilt by the district assembly."
    ) == [("Yaw Darko", "The Member for Kintampo")]


def test_member_of_parliament_with_an_honorific_before_the_name() -> None:
    assert said_in_en(
        "The Member of Parliament for Tano North, Hon. Kojo Asamoah, said the road contract had been cancelled."
    ) == [("Kojo Asamoah", "The Member of Parliament for Tano North")]


def test_the_office_alone_is_a_description() -> None:
    assert said_in_en("The Member of Parliament for Tano North said the road contract had been cancelled.") == [
        (None, "The Member of Parliament for Tano North")
    ]


def test_an_office_of_two_title_words_then_a_body_with_its_own_complement() -> None:
    assert said_in_en(
        "The Executive Director of the Institute for Fiscal Studies, Prof Kofi Mensah, said the deficit had doubled."
    ) == [("Kofi Mensah", "The Executive Director of the Institute for Fiscal Studies")]


def test_office_with_its_own_of_then_a_seat_and_the_name_with_no_commas() -> None:
    assert said_in_en("Member of Parliament for Bosomtwe Yaw Adomako said the clinic would reopen in May.") == [
        ("Yaw Adomako", "Member of Parliament for Bosomtwe")
    ]


def test_office_of_a_body_with_the_then_the_name_with_no_commas() -> None:
    assert said_in_en('"The motion is out of order," Presiding Member of the Assembly Kojo Badu said.') == [
        ("Kojo Badu", "Presiding Member of the Assembly")
    ]


def test_capitalised_office_for_a_town_then_the_name_is_no_unnamed_spokesman() -> None:
    assert said_in_en("District Chief Executive for Atwima Peter Boateng said the market would be moved.") == [
        ("Peter Boateng", "District Chief Executive for Atwima")
    ]


def test_a_spokesman_for_a_named_person_stays_unnamed() -> None:
    assert said_in_en("A spokesman for Peter Boateng said the market would be moved.")[0][0] is None


def test_the_office_with_its_complement_then_the_name_with_no_commas() -> None:
    assert said_in_en("The Director of Public Prosecutions Wanjiru Kamau said the file had been returned.") == [
        ("Wanjiru Kamau", "Director of Public Prosecutions")
    ]


def test_the_office_with_its_complement_alone_stays_a_description() -> None:
    assert said_in_en("The Director of Public Prosecutions said the file had been returned.") == [
        (None, "The Director of Public Prosecutions")
    ]


def test_an_office_for_a_seat_opening_the_sentence_then_the_name_with_no_commas() -> None:
    assert said_in_en("Member for Kintampo Grace Darko said the clinic would be rebuilt.") == [
        ("Grace Darko", "Member for Kintampo")
    ]
