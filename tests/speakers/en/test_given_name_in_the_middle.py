"""A full name of three words whose first is a given name no table lists ("Sonny Bill …", "Gohar Ali …"): the first
word is no role before a name opening at the second, when the first is a given name the table lacked ("Sonny") or the
second one often stands second in a name ("Ali", "Ahmed"). Session 60; made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_sonny_opens_the_name() -> None:
    text = "Sonny Bill Tamihana said the squad had trained hard all week."
    assert said(text, "en") == [("Sonny Bill Tamihana", None)]


def test_ali_stands_second_in_a_name() -> None:
    text = "Party chairman Gohar Ali Tariq told reporters the party would appeal the ruling."
    assert said(text, "en") == [("Gohar Ali Tariq", "Party chairman")]


def test_a_name_of_three_words_alone() -> None:
    assert said("Syed Ahmed Qadri said the side lacked depth.", "en") == [("Syed Ahmed Qadri", None)]
