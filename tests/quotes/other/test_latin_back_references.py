"""A quote ending its sentence, then a sentence pointing back to it with a reporting verb ("“…”. Así ha resumido
el consejero …"): that verb's subject said it. Made-up sentences; speakers read off them."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


@pytest.mark.parametrize(
    ("language", "sentence", "name"),
    [
        (
            "es",
            "“Estamos ante una tragedia”. Así ha resumido el consejero de la Presidencia, Antonio Sanz, la magnitud "
            "del incendio.",
            "Antonio Sanz",
        ),
        ("fr", "« Nous resterons ici jusqu'à la fin ». C'est ce qu'a déclaré le maire Jean Dupont lundi.", "Jean Dupont"),
        ("it", "\"Finiremo i lavori entro l'anno\". Così ha spiegato il sindaco Marco Bianchi ai cittadini.", "Marco Bianchi"),
    ],
)
def test_a_sentence_pointing_back_names_the_speaker(language: str, sentence: str, name: str) -> None:
    quotes = find_quotes([Block(text=sentence)], language)
    assert [q.speaker.name if q.speaker else None for q in quotes] == [name]
