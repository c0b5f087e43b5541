"""The initials of an office before its complement ("the IG" for "Inspector General of Police", as well as "the
IGP"), and of capitalised parts joined by a hyphen ("Inspector-General"), stand for the person last named with the
office; before, "the IG" was a speaker named "the IG". Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said_in_en


@pytest.mark.parametrize(
    ("office", "initials"),
    [
        ("Inspector General of Police", "IG"),
        ("Inspector General of Police", "IGP"),
        ("Inspector-General of Police", "IG"),
    ],
)
def test_the_initials_name_the_holder(office: str, initials: str) -> None:
    found = said_in_en(
        f"{office} Gilbert Masengeli said more officers had been deployed to the border towns.",
        f"“We are ready for any threat,” the {initials} said.",
    )
    assert [name for name, _ in found] == ["Gilbert Masengeli", "Gilbert Masengeli"]
