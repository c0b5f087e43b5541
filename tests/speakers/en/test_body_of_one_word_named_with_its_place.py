"""A body written as "the" and one word of a body before "in" and a place ("the Church in Wales") is named with the
place: the word alone names nothing. A body with a name of its own before "in" stays the body there ("the National
Weather Service in Houston"). Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import speakers_in_en


def test_the_body_opening_the_sentence_keeps_its_place() -> None:
    text = "The Church in Wales said: “The synod will meet in Cardiff in May.”"
    assert speakers_in_en(text) == ["The Church in Wales"]


def test_the_body_after_the_quote_keeps_its_place() -> None:
    text = "“The synod will meet in Cardiff in May,” the Church in Wales said."
    assert speakers_in_en(text) == ["the Church in Wales"]


def test_a_body_with_a_name_of_its_own_is_the_body_there() -> None:
    text = "“Gusts may reach 60 miles an hour,” the National Weather Service in Houston said."
    assert speakers_in_en(text) == ["the National Weather Service"]
