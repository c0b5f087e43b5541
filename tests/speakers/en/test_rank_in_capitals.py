"""A rank or office written in capital initials that no table lists ("DCOP", "ACOP", "SSP") before a full name of
two or three words is the name's title, no part of it; initials of a name stand before the surname alone ("JK
Rowling"). Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_police_rank_in_capitals_after_a_regional_command() -> None:
    assert said("“The suspects are in custody,” Bono Regional Police Commander DCOP Kwasi Ofori said.", "en") == [
        ("Kwasi Ofori", "Bono Regional Police Commander DCOP")
    ]


def test_a_rank_in_capitals_opening_the_subject() -> None:
    assert said("“Roadblocks will stay until Friday,” ACOP Ama Boateng said.", "en") == [("Ama Boateng", "ACOP")]


def test_a_rank_in_capitals_before_a_name_of_three_words() -> None:
    assert said("“The inquiry is complete,” said SSP Rakesh Kumar Verma.", "en") == [("Rakesh Kumar Verma", "SSP")]


def test_initials_before_a_surname_alone_stay_in_the_name() -> None:
    assert said("“I wrote it on a train,” JK Rowling said.", "en") == [("JK Rowling", None)]
