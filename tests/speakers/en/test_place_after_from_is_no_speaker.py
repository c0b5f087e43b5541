""""the 22-year-old from Soweto said": the place a described person comes from is no speaker.

"“I am very proud,” the 22-year-old from Soweto told SuperSport." gave the speaker "Soweto": one capitalised word
no table knows as a place was read as a person's name. After "from" and a noun of a person or an age ("the woman",
"the 22-year-old"), one capitalised word with no known given name is where they come from, and the phrase is the
role, as "officials in Kyiv" already was. Made-up sentences in the shape of South African sports and township copy.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_an_age_noun_from_a_township() -> None:
    text = "“I am very proud,” the 22-year-old from Soweto told SuperSport after the race."
    assert said(text, "en") == [(None, "the 22-year-old from Soweto")]


def test_a_woman_from_a_township_before_the_cue() -> None:
    text = "The woman from Umlazi said the taxis had not run since Monday."
    assert said(text, "en") == [(None, "The woman from Umlazi")]


def test_a_named_person_from_a_place_is_unchanged() -> None:
    text = "Sipho Dlamini from Umlazi said the taxis had not run since Monday."
    assert [name for name, _ in said(text, "en")] == ["Sipho Dlamini"]

