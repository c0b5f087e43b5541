"""After an inverted cue, "the", a capitalised title or noun of a person, "of" and a body in lower case closing the
phrase ("said the Registrar of the court.") is an office standing for its holder: a description, no name. Made-up
sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_registrar_of_the_court_after_a_quote() -> None:
    assert said_in_en('"The hearing is adjourned to March," said the Registrar of the court.') == [
        (None, "the Registrar of the court")
    ]


def test_registrar_of_the_court_after_a_reported_clause() -> None:
    assert said_in_en("The hearing will resume in March, said the Registrar of the court.") == [
        (None, "the Registrar of the court")
    ]


def test_principal_of_the_school_before_a_relative_clause() -> None:
    assert said_in_en('"Fees will not rise," said the Principal of the school, who took office in May.') == [
        (None, "the Principal of the school")
    ]


def test_a_body_of_capitalised_words_stays_its_name() -> None:
    assert said_in_en('"Rates will stay where they are," said the Bank of England.') == [("the Bank of England", None)]
