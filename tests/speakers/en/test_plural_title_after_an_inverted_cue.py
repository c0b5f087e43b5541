"""A plural title after an inverted cue, and a plural title before "of the" and a body's name.

"…," said Justices Surya Kant and K.V. Viswanathan gave the name "Justices Surya Kant" (the title inside the name,
the second justice lost): after the cue, two full names joined by "and" behind a plural title now speak together, the
title their role, as they already did before the cue. "Justices of the High Court said" gave the speaker "the High
Court" and "said Justices of the High Court" the name "Justices": the judges speak, not the court, and no name is
given, so the phrase is the role. Made-up sentences in the shape of Indian, Kenyan and Ghanaian court reports.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_two_justices_after_an_inverted_cue() -> None:
    text = "“The state acted in haste,” said Justices Surya Kant and K.V. Viswanathan in their order."
    assert said(text, "en") == [("Surya Kant and K.V. Viswanathan", "Justices")]


def test_two_senators_after_an_inverted_cue_at_the_sentence_end() -> None:
    text = "“The grant was never audited,” said Senators Ama Mensah and Kofi Boateng."
    assert said(text, "en") == [("Ama Mensah and Kofi Boateng", "Senators")]


def test_justices_of_a_court_before_the_cue_are_the_role() -> None:
    text = "Justices of the High Court said the tribunal had exceeded its powers."
    assert said(text, "en") == [(None, "Justices of the High Court")]


def test_judges_of_a_court_whose_name_holds_of() -> None:
    text = "On Monday, Judges of the Court of Appeal said the election petition had been filed late."
    assert said(text, "en") == [(None, "Judges of the Court of Appeal")]


def test_justices_of_a_court_after_an_inverted_cue() -> None:
    text = "“The tribunal exceeded its powers,” said Justices of the High Court."
    assert said(text, "en") == [(None, "Justices of the High Court")]


def test_one_justice_after_an_inverted_cue_is_unchanged() -> None:
    text = "“The state acted in haste,” said Justice Surya Kant."
    assert said(text, "en") == [("Surya Kant", "Justice")]


def test_an_officer_of_a_court_is_unchanged() -> None:
    text = "The Registrar of the High Court said the file had gone missing."
    assert said(text, "en") == [(None, "The Registrar of the High Court")]


def test_officials_of_a_ministry_are_unchanged() -> None:
    text = "Officials of the Ministry of Health said the vaccines had arrived in Tamale."
    assert said(text, "en") == [("Ministry of Health", None)]
