"""A conjunction or a preposition capitalised at its sentence's start is no speaker's name ("Quando você fala …, o
pessoal estranha: “…”", "Auf die Frage antwortet Berg knapp: „…“"). Made-up sentences; speakers read off them."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


@pytest.mark.parametrize(
    ("language", "sentence", "word"),
    [
        ("pt", "Quando você fala sobre a leitura, o pessoal estranha: “Que história é essa de ler tão depressa?”",
         "Quando"),
        ("es", "Cuando alguien habla de la sequía, la gente protesta: «¿Qué historia es esa de cerrar el río ahora?»",
         "Cuando"),
        ("de", "Auf die Frage antwortet Berg knapp: „Das ist eine Frage des Geldes und der Zeit.“", "Auf"),
    ],
)
def test_a_function_word_opening_the_sentence_is_no_name(language: str, sentence: str, word: str) -> None:
    quotes = find_quotes([Block(text=sentence)], language)
    assert quotes and all(q.speaker is None or q.speaker.name != word for q in quotes)
