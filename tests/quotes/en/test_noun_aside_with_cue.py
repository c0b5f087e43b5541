"""A noun the writer sets after a clause with a relative clause of its own whose subject holds a cue ("…, a charge
it denies.", "…, an allegation the company has denied."): no closing cue of the clause before, and the end of a
report running up to it; a speaker described after the comma still closes the clause. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_charge_it_denies_closes_no_clause() -> None:
    assert reported("The firm is alleged to have paid bribes to officials, an allegation it strongly denies.") == []


def test_charge_it_denies_ends_the_report() -> None:
    text = "Residents said the quarry had cracked their walls, an allegation the company has denied."
    assert reported(text) == ["the quarry had cracked their walls"]


def test_charge_the_party_denies_ends_the_report() -> None:
    text = "The opposition says the election was rigged, a charge the ruling party denies."
    assert reported(text) == ["the election was rigged"]


def test_object_report_ends_before_the_aside() -> None:
    text = "Mr Odhiambo accused the board of hiding the losses, a charge it denies."
    assert reported(text) == ["the board of hiding the losses"]


def test_speaker_with_a_preposition_still_closes_the_clause() -> None:
    assert reported("The road was closed for six hours, a spokesman for the council said.") == [
        "The road was closed for six hours"
    ]


def test_speaker_with_a_participle_still_closes_the_clause() -> None:
    assert reported("The firm paid the fine, a lawyer representing the family said.") == ["The firm paid the fine"]


def test_speaker_with_a_listener_still_closes_the_clause() -> None:
    assert reported("The talks collapsed on Friday, a senior union official told the Star.") == [
        "The talks collapsed on Friday"
    ]


def test_which_it_denies_ends_the_report() -> None:
    text = "Residents said the quarry had cracked their walls, which the company strongly denies."
    assert reported(text) == ["the quarry had cracked their walls"]


def test_which_it_denies_ends_a_passive_report() -> None:
    text = "The firm is said to have paid the bribe through a middleman, which it denies."
    assert reported(text) == ["to have paid the bribe through a middleman"]


def test_an_aside_closed_by_a_comma_stays_in_the_report() -> None:
    text = "The council said the plan, a scheme its backers say will create jobs, was approved on Monday."
    assert reported(text)[0] == "the plan, a scheme its backers say will create jobs, was approved on Monday"


def test_a_relative_closed_by_a_comma_stays_in_the_report() -> None:
    text = "The council said the plan, which its backers say will create jobs, was approved on Monday."
    assert reported(text)[0] == "the plan, which its backers say will create jobs, was approved on Monday"
