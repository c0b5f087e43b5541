"""A short name in quote marks after a definite article that opens the sentence, a verb of saying right after
it, is a newspaper or programme (told, or telling), no quote of speech: "Der „Bild“ sagte Meyer, …". Without
the article ("„Nein“, sagte Meyer.") the quoted word is speech. Made-up sentences."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _texts(language: str, text: str) -> list[str]:
    return [q.text for q in find_quotes([Block(text=text)], language)]


@pytest.mark.parametrize(
    ("language", "text", "reported"),
    [
        ("de", "Der „Abendpost“ sagte Brandt, die Brücke bleibe gesperrt.", "die Brücke bleibe gesperrt"),
        ("de", "Die Straße ist leer. Dem „Tagblatt“ sagte Brandt, die Brücke bleibe gesperrt.", "die Brücke bleibe gesperrt"),
        ("fr", "Le « Courrier » a affirmé que le pont restait fermé.", "le pont restait fermé"),
        ("es", "El «Diario» dijo que el puente seguía cerrado.", "el puente seguía cerrado"),
        ("it", "Il «Giornale» ha detto che il ponte resta chiuso.", "il ponte resta chiuso"),
        ("nl", "De „Courant” zei dat de brug dicht blijft.", "de brug dicht blijft"),
    ],
)
def test_a_medium_after_the_article_opening_the_sentence_is_no_quote(
    language: str, text: str, reported: str
) -> None:
    # before: the medium's name was a quote of its own besides the reported clause (all but "Dem", a listener word)
    assert _texts(language, text) == [reported]


def test_a_quoted_word_without_an_article_is_still_speech() -> None:
    assert _texts("de", "„Nein“, sagte Brandt.") == ["Nein"]
