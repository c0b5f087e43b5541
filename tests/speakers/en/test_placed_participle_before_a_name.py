"""A place joined to a participle before a name qualifies it ("Mercer Island-based Dana F. Vance Company",
"Kremlin-backed …"): it is no part of the name a later "the company" stands for."""

from __future__ import annotations

from tests.quote_helpers import quotes_in


def test_a_based_place_is_no_part_of_the_company_name() -> None:
    paragraphs = (
        "“We were shocked,” said Tyler Vance, president of Leeds-based Dana F. Vance Company, the largest buyer.",
        "A spokeswoman for the chain declined to comment. The company also said it was lowering prices.",
    )
    assert quotes_in("en", *paragraphs)[-1] == ("indirect", "it was lowering prices", "Dana F. Vance Company")
