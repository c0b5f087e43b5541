"""An abbreviation with full stops inside ("U.S.", "U.K.", "E.U.") inside a role set off after the name ("said Ann
Cole, U.S. Director, …") ends no sentence: the role runs on to its comma; at the end of a clause before a new
sentence ("… in the U.S. Prices fell, …") it still ends the role. Made-up sentences."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _roles(text: str) -> list[str | None]:
    return [q.speaker.role if q.speaker else None for q in find_quotes([Block(text=text)], "en")][:1]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("“Stocks are low,” said Rosa Lind, U.K. Sales Director, on Friday.", "U.K. Sales Director"),
        ("“Talks resume soon,” said Omar Vale, E.U. trade envoy, in Geneva.", "E.U. trade envoy"),
        ("“Rates will hold,” said Ida Marsh, U.S. Chief Economist at Brightco, in a note.", "U.S. Chief Economist at Brightco"),
        ("“We are ready,” said Ned Park, U.S. Director.", "U.S. Director"),
    ],
)
def test_the_abbreviation_stays_inside_the_role(text: str, role: str) -> None:
    assert _roles(text) == [role]


def test_a_new_sentence_after_the_abbreviation_is_no_role() -> None:
    text = "“We are ready,” said Ned Park, head of sales in the U.S. Prices fell, as expected."
    assert _roles(text) == ["head of sales in the U.S"]
