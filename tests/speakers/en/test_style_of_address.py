"""A style of address with its possessive opening the sentence ("His Excellency President Kofi Adjei said"): the
possessive is written as part of the role, which is no "Excellency President". Session 60; made-up sentences in the
shape of West African and East African papers."""

from __future__ import annotations

from tests.quote_helpers import said


def test_his_excellency_opens_the_role() -> None:
    text = "His Excellency President Kofi Adjei said the new road would open in June."
    assert said(text, "en") == [("Kofi Adjei", "His Excellency President")]


def test_her_excellency_before_a_governor() -> None:
    text = "Her Excellency Governor Ann Wambui said the county hospital would get a new wing."
    assert said(text, "en") == [("Ann Wambui", "Her Excellency Governor")]


def test_his_royal_highness() -> None:
    text = "His Royal Highness Prince Tom Ofori said the festival would go ahead."
    assert said(text, "en") == [("Tom Ofori", "His Royal Highness Prince")]


def test_after_the_cue_as_before() -> None:
    assert said("“The road will open in June,” said His Excellency President Kofi Adjei.", "en") == [
        ("Kofi Adjei", "His Excellency President")
    ]
