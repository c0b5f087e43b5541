"""A courtesy title right after the noun of a phrase of a preposition ("Speaking to the press | Dr Jane Doe",
"the head of the clinic | Dr Jane Doe") goes with the name: the noun ends the phrase, no role of its own. A noun
in apposition before the title keeps its place ("the landlord Dr Peter Walsh"). Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_courtesy_title_after_the_object_of_a_participle_phrase() -> None:
    text = "Speaking to the press Dr Ama Mensah said: “The ward will open on Monday.”"
    assert said(text, "en") == [("Ama Mensah", "Dr")]


def test_a_courtesy_title_after_an_office_complement_with_its_article() -> None:
    text = "“The ward will open on Monday,” the head of the clinic Dr Ama Mensah said."
    assert said(text, "en") == [("Ama Mensah", "head of the clinic Dr")]


def test_a_noun_in_apposition_before_a_courtesy_title_stays_the_role() -> None:
    text = "“The roof will be fixed,” the landlord Dr Peter Walsh said."
    assert said(text, "en") == [("Peter Walsh", "landlord Dr")]
