"""A title's complement of two capitalised runs joined by "and" ("The Minister for Enterprise and Employment, Ann
Cole, said") is one office: the run after "and" names no one, the holder is named after the comma and the whole
title is her role. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_minister_for_two_portfolios_before_the_name() -> None:
    text = "The Minister for Rural Affairs and Tourism, Orla Keating, said the grants would be paid in March."
    assert said(text, "en") == [("Orla Keating", "The Minister for Rural Affairs and Tourism")]


def test_secretary_of_state_with_an_ampersand_after_the_quote() -> None:
    text = "“The line will be finished,” the Secretary of State for Energy & Climate, Daniel Frame, said."
    assert said(text, "en") == [("Daniel Frame", "the Secretary of State for Energy & Climate")]


def test_two_people_joined_by_and_are_not_an_office() -> None:
    text = "Ruth Abbey and Colin Marsh, the owners of the bakery, said the rent had doubled."
    assert said(text, "en") == [("Ruth Abbey and Colin Marsh", "the owners of the bakery")]
