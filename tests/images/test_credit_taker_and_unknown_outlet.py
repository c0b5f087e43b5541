"""A person's name and a named outlet the tables do not know, after the caption's last sentence ("… Sunday. Anna
Roe/The Ledger", "… Sunday. — Anna Roe/The Ledger", "… Sunday. Anna Roe | The Ledger"): the photographer and the
outlet. Two places or two people after a slash stay caption text. Made-up captions."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit

_CAP = "Volunteers clear the riverbank after the storm on Sunday."


@pytest.mark.parametrize(
    "tail", ["Ines Marlow/The Lantern", "Ines Marlow / The Lantern", "— Ines Marlow/The Lantern", "Ines Marlow | The Lantern"]
)
def test_taker_and_unknown_outlet(tail: str) -> None:
    caption, credits = split_photo_credit(f"{_CAP} {tail}")
    assert caption == _CAP
    assert [(c.role.value, c.name, c.organization) for c in credits] == [("photographer", "Ines Marlow", "The Lantern")]


@pytest.mark.parametrize("tail", ["Lisbon/Porto", "Ines Marlow/Peter Quill", "Before/After"])
def test_pairs_that_name_no_outlet_stay_text(tail: str) -> None:
    text = f"{_CAP} {tail}"
    assert split_photo_credit(text) == (text, [])
