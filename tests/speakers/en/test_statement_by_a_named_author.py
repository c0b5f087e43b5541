"""After "according to", a statement credited to a named author ("a statement from Northwind Freight", "a statement
released by the Audit Office") is that author's, as "a report by …" is; the description is never cut after the
participle ("a statement released"). Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("source", "author"),
    [
        ("a statement from Northwind Freight", "Northwind Freight"),
        ("a statement by Northwind Freight", "Northwind Freight"),
        ("a statement released by Northwind Freight", "Northwind Freight"),
        ("a statement issued by the Audit Office", "the Audit Office"),
        ("a report published by the Audit Office", "the Audit Office"),
    ],
)
def test_statement_of_a_named_author_is_the_author(source: str, author: str) -> None:
    text = f"The depot in Harwell will close at the end of June, according to {source}."
    assert said(text, "en") == [(author, None)]
