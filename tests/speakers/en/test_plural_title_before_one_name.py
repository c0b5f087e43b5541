"""A plural title before one name is that person's title ("said Justices Surya Kant." gave the name "Justices Surya
Kant"): Indian court reports write "Justices" where one judge of a bench is quoted, Nigerian and Ghanaian pages
"Messrs" or "Drs" before one partner. The title is the role, as "Justice" is. Plural nouns that open an
organisation's name ("Doctors Without Borders") are left alone. Made-up sentences in those shapes."""

from __future__ import annotations

from tests.quote_helpers import said


def test_after_an_inverted_cue() -> None:
    assert said("“We will not allow this delay,” said Justices Surya Kant.", "en") == [("Surya Kant", "Justices")]


def test_before_the_cue() -> None:
    text = "Justices Meera Pillai said the summons was irregular."
    assert said(text, "en") == [("Meera Pillai", "Justices")]


def test_messrs_before_one_partner() -> None:
    text = "Messrs Chidi Okafor said the firm would appeal the ruling."
    assert said(text, "en") == [("Chidi Okafor", "Messrs")]


def test_drs_before_one_doctor() -> None:
    assert said("“The ward is full,” said Drs Ama Mensah.", "en") == [("Ama Mensah", "Drs")]


def test_two_justices_are_unchanged() -> None:
    text = "A bench of Justices Surya Kant and K.V. Viswanathan said the order was bad in law."
    assert said(text, "en") == [("Surya Kant and K.V. Viswanathan", "Justices")]


def test_a_body_named_with_a_plural_noun_is_unchanged() -> None:
    text = "Doctors Without Borders said the clinic in Khan Younis was shelled overnight."
    assert said(text, "en") == [("Doctors Without Borders", None)]
