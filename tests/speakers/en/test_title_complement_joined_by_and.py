"""A title's complement of two capitalised runs joined by "and" ("The Minister for Enterprise and Employment, Ann
Cole, said") is one office: the run after "and" names no one, the holder is named after the comma and the whole
title is her role. Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in find_quotes([Block(text=text)], "en")
    ]


def test_minister_for_two_portfolios_before_the_name() -> None:
    text = "The Minister for Rural Affairs and Tourism, Orla Keating, said the grants would be paid in March."
    assert _speakers(text) == [("Orla Keating", "The Minister for Rural Affairs and Tourism")]


def test_secretary_of_state_with_an_ampersand_after_the_quote() -> None:
    text = "“The line will be finished,” the Secretary of State for Energy & Climate, Daniel Frame, said."
    assert _speakers(text) == [("Daniel Frame", "the Secretary of State for Energy & Climate")]


def test_two_people_joined_by_and_are_not_an_office() -> None:
    text = "Ruth Abbey and Colin Marsh, the owners of the bakery, said the rent had doubled."
    assert _speakers(text) == [("Ruth Abbey and Colin Marsh", "the owners of the bakery")]
