"""A compound noun of a person capitalised only for opening the sentence ("Match-winner", "Goal-scorer"), its
part after the hyphen in lower case and an agent noun or a title, is the person's role, no part of the name; a
double-barrelled name keeps its capitals ("Papley-Reid"). Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_a_compound_role_before_a_full_name() -> None:
    assert said_in_en('Goal-scorer Efua Mensah said: "I just closed my eyes and swung."') == [
        ("Efua Mensah", "Goal-scorer")
    ]


def test_a_compound_role_before_the_surname() -> None:
    assert said_in_en(
        "Rovers won the derby with a late header from Kwabena Osei.",
        'Match-winner Osei said: "That one was for my grandfather."',
    )[-1][0] == "Kwabena Osei"


def test_a_double_barrelled_name_stays() -> None:
    assert said_in_en('Winger Tom Harker-Reid said: "The crowd carried us."') == [("Tom Harker-Reid", "Winger")]
