"""A first paragraph opening with an honorific and a name before a dash ("Mr Smith - who lives nearby -
said …") has no dateline: the name is a person's, not a place's. Made-up sentences."""

from __future__ import annotations

import pytest

from cqnews.enrich.dateline import find_dateline


@pytest.mark.parametrize(
    "text",
    [
        "Mr Smith - who lives nearby - said the new bridge would change his daily walk to work.",
        "Dr Amy Jones - a surgeon at the city hospital - welcomed the decision on Monday.",
        "Mrs. Patel – the school's head teacher – said pupils would cross the river safely.",
    ],
)
def test_an_honorific_and_a_name_before_a_dash_is_no_dateline(text: str) -> None:
    assert find_dateline(text) is None
