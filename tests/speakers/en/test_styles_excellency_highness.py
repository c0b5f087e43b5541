"""A style of a head of state or a royal ("Excellency", "Royal Highness") or a Hausa style of a learned man
("Mallam") before a name is no part of the name. Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said_in_en


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Her Excellency Amina Juma Hassan", "Amina Juma Hassan"),
        ("His Royal Highness Prince Kofi", "Prince Kofi"),
        ("Mallam Sani Bello", "Sani Bello"),
    ],
)
def test_the_style_is_no_part_of_the_name(run: str, name: str) -> None:
    assert said_in_en(f"{run} said the new water project would reach every village by June.")[0][0] == name
