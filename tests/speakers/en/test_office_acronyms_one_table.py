"""Offices written as capital initials are one table: a title before a name ("said Acme CFO John Roe", as "said
Manhattan DA Alvin Bragg" already was) and a description after an owner ("Acme's CTO said")."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ('"Sales will grow," said Acme CFO John Roe.', "John Roe", "Acme CFO"),
        ('"The app ships in May," said Brightline CTO Ann Lee.', "Ann Lee", "Brightline CTO"),
        ('"Crime is down," said Manhattan DA Alvin Bragg.', "Alvin Bragg", "Manhattan DA"),
    ],
)
def test_office_initials_before_a_name_are_the_role(text: str, name: str, role: str) -> None:
    (quote,) = find_quotes([Block(text=text)], "en")
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == (name, role)
