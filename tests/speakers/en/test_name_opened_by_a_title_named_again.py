"""A surname named again stands for the whole name a title opened before it, even when a known given name stands
inside that name: "Brig. Gen. Rommel Francisco Dizon said … “…,” Dizon said" gave "Francisco Dizon" for the second
quote (a known given name after an unknown word was read as where the name opens, as in "Brave Marina Lacerda").
Made-up sentences in the shape of Philippine and Pakistani reports."""

from __future__ import annotations

from tests.quote_helpers import said, said_in_en


def test_the_surname_after_an_abbreviated_rank() -> None:
    text = "Brig. Gen. Rommel Francisco Dizon said the troops were ready. “We will hold the line,” Dizon said."
    assert said(text, "en") == [("Rommel Francisco Dizon", "Brig. Gen."), ("Rommel Francisco Dizon", "Brig. Gen.")]


def test_the_surname_in_a_later_paragraph_after_a_lower_case_title() -> None:
    assert said_in_en(
        "Former president Rommel Francisco Ramos said he would run again.", "“I am ready,” Ramos said on Sunday."
    ) == [("Rommel Francisco Ramos", "Former president"), ("Rommel Francisco Ramos", "Former president")]


def test_the_surname_of_a_name_with_a_second_given_name() -> None:
    text = "“We will not rest,” PTI chairman Barrister Gohar Ali Khan said. “We will march,” Khan said."
    assert said(text, "en") == [
        ("Gohar Ali Khan", "PTI chairman Barrister"),
        ("Gohar Ali Khan", "PTI chairman Barrister"),
    ]


def test_another_person_of_the_given_name_keeps_his_own_name() -> None:
    assert said_in_en(
        "PNP chief Rommel Francisco Marbil said the police would act.",
        "Francisco Lopez, a witness, said he saw the car. “It was fast,” Lopez said.",
    ) == [("Rommel Francisco Marbil", "PNP chief"), ("Francisco Lopez", "a witness"), ("Francisco Lopez", "a witness")]


def test_a_name_with_no_title_before_it_is_unchanged() -> None:
    # (whether "Brave" is part of her name the sentence does not tell: the surname is the one person named before)
    text = "Brave Marina Lacerda said the budget was ready. “It is,” Lacerda said."
    first, second = said(text, "en")
    assert first == second and first[0] is not None and first[0].endswith("Marina Lacerda")
