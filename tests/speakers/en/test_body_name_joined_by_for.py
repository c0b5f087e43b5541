"""One or two capitalised words opening the clause, "for" and a capitalised run make one body's name ("Transport for
London", "Action for Children"), no place after a preposition and no person; an office joined by "for" stays the
role of the name after it ("Minister for Roads Ama Boateng"). Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_a_body_named_with_for_and_a_city_after_the_quote() -> None:
    assert said_in_en('"Fares will rise by four per cent," Transit for Leeds said.') == [("Transit for Leeds", None)]


def test_a_body_named_with_for_and_a_noun_before_the_cue() -> None:
    assert said_in_en("Shelter for Families said the waiting list had doubled.") == [("Shelter for Families", None)]


def test_an_office_joined_by_for_is_still_a_role() -> None:
    assert said_in_en("Minister for Roads Ama Boateng said the bridge would reopen.") == [
        ("Ama Boateng", "Minister for Roads")
    ]
