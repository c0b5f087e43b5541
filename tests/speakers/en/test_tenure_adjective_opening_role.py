"""An adjective of tenure opening the sentence before two lower-case words and the role's head ("Acting county police
commander Peter Kimani") opens the role. Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said_in_en


@pytest.mark.parametrize(
    ("run", "role"),
    [
        ("Acting county police commander Peter Kimani", "Acting county police commander"),
        ("Interim club finance director Grace Njeri", "Interim club finance director"),
    ],
)
def test_the_adjective_opens_the_role(run: str, role: str) -> None:
    said = said_in_en(f"{run} said the patrols would be doubled from next week.")
    assert [r for _, r in said] == [role]
