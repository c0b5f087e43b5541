"""A capitalised title after "the", then "of" and a body written in lower case ("the Registrar of the court said",
"The President of the club said") is an office standing for its holder, a description with no name, as "the
President said" is: before, the phrase was read as an organisation's name. A body's own name stays one ("the Bank of
England said", "the Board of the hospital said"). Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_title_of_a_lower_case_body_is_an_office() -> None:
    assert said("“The hearing is adjourned to May,” the Registrar of the court said.", "en") == [
        (None, "the Registrar of the court")
    ]
    assert said("The President of the club said: “We will appeal the ban.”", "en") == [
        (None, "The President of the club")
    ]


def test_a_noun_of_a_person_of_a_lower_case_body_is_an_office() -> None:
    assert said("“Classes resume on Monday,” the Principal of the school said.", "en") == [
        (None, "the Principal of the school")
    ]


def test_a_body_of_a_place_or_a_lower_case_body_stays_a_body() -> None:
    assert said("“Rates will stay where they are,” the Bank of England said.", "en") == [("the Bank of England", None)]
    assert said("“The ward is closed,” the Board of the hospital said.", "en") == [("the Board of the hospital", None)]
