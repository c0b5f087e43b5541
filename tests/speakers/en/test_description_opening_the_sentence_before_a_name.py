"""A description of a person opening the sentence before a full name in apposition ("The head teacher, Grace Obi,
said", "The deputy governor of the central bank, Kwesi Appiah, said") lets a later "the head teacher" or "the
deputy governor" stand for that person. Made-up paragraphs."""

from __future__ import annotations

from tests.quote_helpers import speakers_in_en


def test_a_noun_of_a_person_with_a_modifier() -> None:
    paragraphs = (
        "The head teacher, Grace Obiora, said the school would close for a week.",
        "“We had no choice after the flooding,” the head teacher said.",
    )
    assert speakers_in_en(*paragraphs) == ["Grace Obiora", "Grace Obiora"]


def test_a_title_with_a_modifier_and_its_complement() -> None:
    paragraphs = (
        "The deputy governor of the central bank, Kwesi Appiah, said inflation would ease by June.",
        "“We are watching the cedi closely,” the deputy governor said.",
    )
    assert speakers_in_en(*paragraphs) == ["Kwesi Appiah", "Kwesi Appiah"]


def test_a_spokesman_for_a_body() -> None:
    paragraphs = (
        "The spokesman for the county police, Daniel Mwangi, said two men had been arrested.",
        "“They will be charged on Monday,” the spokesman said.",
    )
    assert speakers_in_en(*paragraphs) == ["Daniel Mwangi", "Daniel Mwangi"]
