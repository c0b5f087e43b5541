"""A speaker read after an inverted cue or "according to" as a description, then the person's full name
in apposition ("said the Pentagon spokesman, John Kirby"): the person speaks, the description is the role.
Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import quotes_found, said


def test_an_inverted_cue_before_a_description_and_a_name() -> None:
    assert said('"The bridge will reopen in May," said the Pentagon spokesman, John Kirby.', "en") == [
        ("John Kirby", "the Pentagon spokesman")
    ]


def test_a_role_with_an_of_phrase_before_the_name() -> None:
    assert said('"We will strike again," said the president of the union, Tom Hale, on Monday.', "en") == [
        ("Tom Hale", "the president of the union")
    ]


def test_according_to_a_description_then_a_name_opens_the_clause_after_the_name() -> None:
    assert quotes_found("According to the mayor, Tom Hale, the depot was closed for a week.") == [
        ("indirect", "the depot was closed for a week", "Tom Hale")
    ]


def test_according_to_a_description_then_a_name_at_the_sentence_end() -> None:
    assert quotes_found("The depot was closed for a week, according to the Pentagon spokesman, John Kirby.") == [
        ("indirect", "The depot was closed for a week", "John Kirby")
    ]



def test_an_agent_noun_capitalised_as_an_office_with_its_of_phrase_then_a_courtesy_title_and_name() -> None:
    assert said('"Lessons resume on Monday," said the Headmaster of the academy, Mr Kojo Appiah.', "en") == [
        ("Kojo Appiah", "the Headmaster of the academy")
    ]


def test_an_agent_noun_capitalised_as_an_office_then_a_name() -> None:
    assert said('"The gates open at nine," said the Organiser, Efua Mensah.', "en") == [
        ("Efua Mensah", "the Organiser")
    ]


def test_a_capitalised_noun_in_no_table_set_off_before_a_courtesy_title_and_name() -> None:
    assert said('"Fees will not rise this term," said the Bursar, Mrs Ruth Kamau.', "en") == [
        ("Ruth Kamau", "the Bursar")
    ]
    assert said('"The ward is full," said the Matron, Ms Abena Osei, on Monday.', "en") == [
        ("Abena Osei", "the Matron")
    ]
