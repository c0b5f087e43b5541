"""A role set before the speaker's name in apposition belongs to the speaker, not to the reported clause
("The plan will work, the company's chief executive, Mary Barra, said."). Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_the_clause_ends_before_the_apposed_role() -> None:
    found = quotes_found("The plan will work, the company's chief executive, Mary Barra, said.")
    assert found == [("indirect", "The plan will work", "Mary Barra")]


def test_a_direct_quote_before_an_apposed_role_is_no_indirect_quote() -> None:
    found = quotes_found('"We are ready," the company\'s chief executive, Mary Barra, said in a statement.')
    assert found == [("direct", "We are ready,", "Mary Barra")]


def test_a_description_repeating_the_clause_end_is_no_apposed_role() -> None:
    """ "…with the ferry line, the ferry line said": the subject's words end the clause by chance; the
    clause is not cut at an earlier comma (here the one inside a number)."""
    found = quotes_found("Oda had sailed 3,412 hours with the ferry line, the ferry line said on Monday.")
    assert [(kind, text) for kind, text, _ in found] == [("indirect", "Oda had sailed 3,412 hours with the ferry line")]
