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


@pytest.mark.parametrize(
    ("language", "sentence", "time"),
    [
        ("fr", "Lundi, le député a rendu hommage aux secours : « Les pompiers font un travail remarquable. »", "Lundi"),
        ("fr", "Hier, il a salué les secours : « Les pompiers font un travail remarquable. »", "Hier"),
        ("es", "Lunes, el ministro Luis Gil rindió homenaje a los bomberos: “Hacen un trabajo admirable.”", "Lunes"),
    ],
)
def test_a_day_or_an_adverb_before_a_comma_is_no_label(language: str, sentence: str, time: str) -> None:
    # the clause before the colon opens with a time set off by a comma: that word is no speaker
    quotes = find_quotes([Block(text=sentence)], language)
    assert time not in [q.speaker.name for q in quotes if q.speaker]


def test_a_name_alone_before_the_colon_still_labels() -> None:
    quotes = find_quotes([Block(text="Macron : « Les pompiers font un travail remarquable. »")], "fr")
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Macron"]
