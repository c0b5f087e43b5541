"""A role whose "of" complement is lower case, before a name ("Brixley head of petroleum analysis Ann Cole said",
"Acme vice president of global sales Tom Hale said") is the role, whole, in the opening and the closing form; the
closing form found no quote before. Found by a probe of made-up sentences. Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    "role",
    [
        "Brixley head of petroleum analysis",
        "Brixley director of research",
        "head of research",
        "Brixley vice president of global sales",
    ],
)
def test_closing_form(role: str) -> None:
    assert said(f"Prices will keep rising through May, {role} Ann Cole said.", "en") == [("Ann Cole", role)]


def test_opening_form() -> None:
    assert said("Brixley head of petroleum analysis Ann Cole said prices will keep rising.", "en") == [
        ("Ann Cole", "Brixley head of petroleum analysis")
    ]

