"""A phrase opening the sentence with a preposition and no comma, then the speaker: its object is no role ("Due to
the storm Ann Reed said": the storm is what the phrase is about, no description of her). Session 60; the sentences
are made up, in the shapes of regional papers that drop the comma after an opening phrase."""

from __future__ import annotations

from tests.quote_helpers import said


def test_the_object_of_due_to_is_no_role() -> None:
    text = "Due to the storm Anna Reed said the market would stay shut until Friday."
    assert said(text, "en") == [("Anna Reed", None)]


def test_the_object_of_in_before_a_title_is_no_part_of_the_role() -> None:
    text = "In the statement President Kofi Adjei said the budget would be tabled next week."
    assert said(text, "en") == [("Kofi Adjei", "President")]


def test_a_role_after_the_object_is_kept() -> None:
    text = "After the meeting the mayor Tom Hale said the road would reopen in May."
    assert said(text, "en") == [("Tom Hale", "mayor")]


def test_a_role_after_the_cue_keeps_its_noun() -> None:
    assert said("“The rent will rise,” said the landlord Peter Walsh.", "en") == [("Peter Walsh", "landlord")]
