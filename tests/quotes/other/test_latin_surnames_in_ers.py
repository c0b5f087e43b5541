"""A surname ending as an English plural does ("Kluckers", "Peters") is a person in the languages read from a
table, not an unnamed group ("Neighbours said" is English). Made-up sentences; speakers read off them."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


@pytest.mark.parametrize(
    ("language", "sentence", "name"),
    [
        ("de", "„Das war ein schweres Rennen für uns alle“, so Kluckers.", "Kluckers"),
        ("fr", "« Nous avons fait une très bonne course aujourd'hui », a déclaré Sanders.", "Sanders"),
    ],
)
def test_a_surname_in_ers_speaks(language: str, sentence: str, name: str) -> None:
    quotes = find_quotes([Block(text=sentence)], language)
    assert [q.speaker.name if q.speaker else None for q in quotes] == [name]
