"""A definite noun of a body ("the airline said", "the company said") right after a person quoted unnamed as speaking
for a named body ("A spokeswoman for Qantas said") is that body, when nobody was quoted by name since; a role that
names no body ("a spokeswoman for the family") gives none. Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said_in_en


@pytest.mark.parametrize("noun", ["airline", "company"])
def test_the_body_of_the_spokeswoman(noun: str) -> None:
    found = said_in_en(
        f"A spokeswoman for Qantas said the flight landed safely in Perth. “Safety is our priority,” the {noun} said."
    )
    assert found == [(None, "A spokeswoman for Qantas"), ("Qantas", None)]


def test_no_body_in_the_role() -> None:
    found = said_in_en(
        "A spokeswoman for the family said the flight landed safely in Perth. “Safety is our priority,” the airline"
        " said."
    )
    assert found[1][0] is None
