"""A role set before the speaker's name in apposition belongs to the speaker, not to the reported clause
("The plan will work, the company's chief executive, Mary Barra, said."). Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    found = find_quotes([Block(text=text)], "en")
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in found]


def test_the_clause_ends_before_the_apposed_role() -> None:
    found = _quotes("The plan will work, the company's chief executive, Mary Barra, said.")
    assert found == [("indirect", "The plan will work", "Mary Barra")]


def test_a_direct_quote_before_an_apposed_role_is_no_indirect_quote() -> None:
    found = _quotes('"We are ready," the company\'s chief executive, Mary Barra, said in a statement.')
    assert found == [("direct", "We are ready,", "Mary Barra")]
