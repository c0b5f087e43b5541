"""A reporting verb opening its sentence is written with a capital ("Ha dichiarato il ministro: …", "Explicó el
alcalde: …", "A déclaré le maire : …"): it is still the verb of the table, never a name. Made-up sentences; speakers
read off them."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


@pytest.mark.parametrize(
    ("language", "sentence", "role", "cue"),
    [
        ("it", "Ha dichiarato il sindaco: “Il cantiere riaprirà entro la fine del mese prossimo”.", "il sindaco",
         "Ha dichiarato"),
        ("es", "Explicó el alcalde: «Hemos hecho todo lo posible por las familias del barrio».", "el alcalde",
         "Explicó"),
        ("fr", "A déclaré le maire : « Nous avons tout fait pour les familles touchées par le drame ».", "le maire",
         "A déclaré"),
    ],
)
def test_a_capitalised_verb_opening_the_sentence_is_the_cue(language: str, sentence: str, role: str, cue: str) -> None:
    quotes = find_quotes([Block(text=sentence)], language)
    assert [(q.speaker.name, q.speaker.role, q.cue) if q.speaker else None for q in quotes] == [(None, role, cue)]
