"""A description closing a sentence ("…, the airline said.") is the speaker set after the reported clause, even
when a name stands right before its comma inside that clause ("…with Nordavia, the airline said."): that name
is the clause's object, not a subject the description is set after in apposition."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_a_name_inside_the_clause_before_a_closing_description_keeps_the_clause() -> None:
    assert reported("The co-pilot had logged 3,150 flying hours with Nordavia, the airline said on Friday.") == [
        "The co-pilot had logged 3,150 flying hours with Nordavia"
    ]

