"""A relative clause with no comma of up to seven words between a description and its cue ("A resident who did not
want to be named said") leaves the description the subject, as a shorter clause does. Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said_in_en


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("A resident who did not want to be named", "A resident"),
        ("A senior police officer who spoke on condition of anonymity", "A senior police officer"),
    ],
)
def test_the_description_before_the_clause_speaks(subject: str, role: str) -> None:
    assert said_in_en(f"{subject} said the gunfire had lasted for hours.") == [(None, role)]
