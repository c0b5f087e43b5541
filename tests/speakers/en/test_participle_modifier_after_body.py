"""A lower-case participle in "-ing" qualifying a role head after a body's capitalised name ("Kenya Power managing
director", "Harbour Trust acting chairman") is part of the role, with the body: before, the role was the head alone
("director"). Found by a probe of made-up sentences. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("role", "name"),
    [
        ("Linwood Power managing director", "Joseph Kariuki"),
        ("Harbour Trust acting chairman", "Tom Hale"),
        ("Brantwick Council outgoing president", "Ann Cole"),
    ],
)
def test_participle_between_body_and_role(role: str, name: str) -> None:
    assert said(f'{role} {name} said: "Outages will reduce."', "en") == [(name, role)]


def test_after_an_opening_clause() -> None:
    text = 'Speaking at the launch, Linwood Power managing director Joseph Kariuki said: "Outages will reduce."'
    assert said(text, "en") == [("Joseph Kariuki", "Linwood Power managing director")]


def test_a_role_with_no_participle_is_unchanged() -> None:
    assert said('Linwood Power chief executive Joseph Kariuki said: "Outages will reduce."', "en") == [
        ("Joseph Kariuki", "Linwood Power chief executive")
    ]
