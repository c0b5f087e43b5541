"""A word or two of time between a reporting verb right after a quote and its subject ("« … », a déclaré lundi
le maire …", "“…”, ha detto ieri il ministro …") is passed, as it already was for a verb further on in the
quote's sentence. Made-up sentences; speakers read off them."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


@pytest.mark.parametrize(
    ("language", "sentence", "name"),
    [
        ("fr", "« La situation reste très grave ce matin », a déclaré lundi le maire Jean Dupont.", "Jean Dupont"),
        ("fr", "« Nous allons rouvrir la route demain », a précisé mardi soir Claire Morel.", "Claire Morel"),
        ("it", "“Il cantiere riaprirà entro la fine del mese”, ha detto ieri il sindaco Paolo Conti.", "Paolo Conti"),
    ],
)
def test_time_words_after_the_verb_are_passed(language: str, sentence: str, name: str) -> None:
    quotes = find_quotes([Block(text=sentence)], language)
    assert [q.speaker.name if q.speaker else None for q in quotes] == [name]
