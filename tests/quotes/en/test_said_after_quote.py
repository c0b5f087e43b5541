"""A quote that ends its own sentence, then "Name said." as a sentence of its own."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes([Block(text=text)], "en")]


def test_a_short_sentence_after_a_closed_quote_attributes_it() -> None:
    text = "“We will reopen the library before the winter.” Tom Ruiz said."
    assert _speakers(text) == [("We will reopen the library before the winter.", "Tom Ruiz")]


def test_a_sentence_with_its_own_clause_does_not_attribute_the_quote_before() -> None:
    text = "“We will reopen the library.” Tom Ruiz said the budget for the repairs was already spent."
    assert ("We will reopen the library.", "Tom Ruiz") not in _speakers(text)
