"""A one-word "name" that is a sentence opener (a German pronominal adverb, a Russian possessive) is no name,
whichever rule read it ("Darin beklagt die Firma, dass …", "Мой девиз: «…»"). Made-up sentences; the speakers
read off them."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


@pytest.mark.parametrize(
    ("language", "sentence", "word"),
    [
        ("de", "Die Klage wurde abgewiesen. Darin beklagt die Firma, dass der Gegner kein Angebot gemacht habe.",
         "Darin"),
        ("ru", "Мой девиз: «Надо жить так, как хочется, и делать то, что нравится».", "Мой"),
    ],
)
def test_a_function_word_alone_is_no_name(language: str, sentence: str, word: str) -> None:
    quotes = find_quotes([Block(text=sentence)], language)
    assert quotes
    assert all(q.speaker is None or q.speaker.name != word for q in quotes)


def test_a_name_after_the_opener_still_speaks() -> None:
    quotes = find_quotes([Block(text="Darin beklagt Anna Berg, dass der Gegner kein Angebot gemacht habe.")], "de")
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Anna Berg"]
