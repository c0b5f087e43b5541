"""A courtesy title belongs to the role of the name after it, never to the noun ending a phrase before it (the
convention in docs/quotes.md, "English speakers that are names"): after a participle's phrase ("Speaking to the
press | Dr Jane Doe") the role is the title alone; after a description of the person ("the head of the clinic Dr
Jane Doe", "the landlord Dr Peter Walsh") the role is the description with the title at its end, as "Health
Minister Dr Jane Doe" has. Made-up sentences."""

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
