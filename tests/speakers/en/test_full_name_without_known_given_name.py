"""A later mention stands for the full name written before, whether or not a table knows its given name
(English).

Found by benchmarks/speaker_invariance.py: "Harpreet Singh Gill" later "Gill" was read as "Singh Gill",
"Pádraig Ó Briain" later "Ó Briain" as "Ó Briain", since only a given name in the name tables opened the
full name. The words of the name before the mention are taken (three at most besides particles, no place); a
known given name after an unknown capitalised word still opens it ("Brave Marina Lacerda"). Made-up sentences
only.
"""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_a_surname_stands_for_a_three_word_name_with_an_unknown_given_name() -> None:
    assert speakers_in(
        "Harpreet Singh Gill, an economist at a Toronto bank, expects rates to fall.",
        "“The cuts will come before the summer,” Gill said.",
        language="en",
    ) == ["Harpreet Singh Gill"]


def test_a_vietnamese_given_name_stands_for_the_full_name() -> None:
    assert speakers_in(
        "Nguyen Thi Lan opened her noodle shop on the corner in 1998.",
        "“Rent has doubled in three years,” Lan said.",
        language="en",
    ) == ["Nguyen Thi Lan"]


def test_a_two_word_irish_surname_stands_for_the_full_name() -> None:
    assert speakers_in(
        "Pádraig Ó Briain chairs the harbour committee.",
        "“The pier needs repairs before the winter,” Ó Briain said.",
        language="en",
    ) == ["Pádraig Ó Briain"]


def test_a_double_surname_stands_for_the_full_name() -> None:
    assert speakers_in(
        "Begoña Herrera Solís teaches at the village school.",
        "“Half the children come by bus,” Herrera Solís said.",
        language="en",
    ) == ["Begoña Herrera Solís"]


def test_a_particle_surname_stands_for_the_full_name() -> None:
    assert speakers_in(
        "Bram ter Horst runs the bicycle shop by the station.",
        "“Sales doubled in the spring,” ter Horst said.",
        language="en",
    ) == ["Bram ter Horst"]


def test_a_place_before_the_name_does_not_open_it() -> None:
    assert speakers_in(
        "The marketing manager at Sunshine Florida Folasade Adeyemi has visited the parks forty times.",
        "“Book your flights early,” Adeyemi said.",
        language="en",
    ) == ["Folasade Adeyemi"]


def test_a_given_name_that_is_also_a_place_still_opens_the_name() -> None:
    assert speakers_in(
        "Paris Okonjo runs the café by the harbour.",
        "“Book your flights early,” Okonjo said.",
        language="en",
    ) == ["Paris Okonjo"]


def test_a_given_name_stands_for_a_four_word_vietnamese_name() -> None:
    assert speakers_in(
        "Nguyen Thi Minh Khai runs a tailoring shop in the old quarter.",
        "“Orders fell by half this year,” Khai said.",
        language="en",
    ) == ["Nguyen Thi Minh Khai"]


def test_a_preposition_opening_the_sentence_does_not_open_the_name() -> None:
    assert speakers_in(
        "To Kwabena Mensah, the result came as no surprise.",
        "“We trained for this all year,” Mensah said.",
        language="en",
    ) == ["Kwabena Mensah"]
