"""One capitalised word set off by commas after an owner's noun of a tie ("His wife, Abena, …", "Her son, Kwaku,
…") is a person of a single name, of the sex the noun tells when it tells one: a later he or she stands for that
person. Before, the pronoun went to the person named in full before. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import speakers_in_en


def test_a_wife_named_by_her_given_name() -> None:
    first = "Kofi Mensah lost his shop in the fire. His wife, Abena, was at the market."
    second = "“We have nothing left,” she said."
    assert speakers_in_en(first, second) == ["Abena"]


def test_a_son_named_by_his_given_name() -> None:
    first = "Ama Owusu lost her stall in the flood. Her son, Kwaku, was at school."
    second = "“I heard the news at lunch,” he said."
    assert speakers_in_en(first, second) == ["Kwaku"]


def test_the_other_sex_keeps_the_person_named_in_full() -> None:
    first = "Kofi Mensah lost his shop in the fire. His wife, Abena, was at the market."
    second = "“We have nothing left,” he said."
    assert speakers_in_en(first, second) == ["Kofi Mensah"]
