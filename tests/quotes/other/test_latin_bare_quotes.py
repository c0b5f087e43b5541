"""A quote with no reporting word of its own in the languages read from a table: the subject of the clause a
colon ends before it, or of the sentence before a quote opening its own, speaks it (the way English reads the
sentence before a bare quote). Made-up sentences; the speakers are read off them."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(language: str, *paragraphs: str) -> list[tuple[str, str | None]]:
    """(text, speaker name) of each direct quote."""
    quotes = find_quotes([Block(text=p) for p in paragraphs], language)
    return [(q.text, q.speaker.name if q.speaker else None) for q in quotes if q.kind.value == "direct"]


@pytest.mark.parametrize(
    ("language", "sentence", "quote", "name"),
    [
        (
            "de",
            "Tom Hale kam am Montag zur Sitzung. Er verwies auf die neuen Zahlen: „Die Lage ist ernst.“",
            "Die Lage ist ernst.",
            "Tom Hale",
        ),
        (
            "fr",
            "Sur la radio, le ministre Jean Dupont a rendu hommage aux secours : « Ils font un travail remarquable "
            "dans des conditions difficiles. »",
            "Ils font un travail remarquable dans des conditions difficiles.",
            "Jean Dupont",
        ),
        (
            "es",
            "En la visita, la alcaldesa Lucía Gómez habló con los vecinos: “Vamos a reconstruir cada casa del "
            "pueblo.”",
            "Vamos a reconstruir cada casa del pueblo.",
            "Lucía Gómez",
        ),
        (
            "it",
            "Il sindaco Marco Bianchi è arrivato lunedì. Il sindaco ha visitato il cantiere: \"Finiremo i lavori "
            "entro la fine dell'anno.\"",
            "Finiremo i lavori entro la fine dell'anno.",
            "Marco Bianchi",
        ),
    ],
)
def test_the_subject_of_the_clause_a_colon_ends_speaks(language: str, sentence: str, quote: str, name: str) -> None:
    assert _speakers(language, sentence) == [(quote, name)]


@pytest.mark.parametrize(
    ("language", "sentence", "quote", "name"),
    [
        (
            "fr",
            "Marie Martin est arrivée tôt sur le chantier. « Nous resterons ici jusqu'à la fin des travaux. »",
            "Nous resterons ici jusqu'à la fin des travaux.",
            "Marie Martin",
        ),
        (
            "es",
            "El consejero Pablo Ruiz recorrió las calles del barrio. “Nadie se quedará sin ayuda en este pueblo.”",
            "Nadie se quedará sin ayuda en este pueblo.",
            "Pablo Ruiz",
        ),
        (
            "de",
            "Anna Berg besuchte am Montag die Baustelle. „Die Brücke wird bis zum Winter wieder stehen.“",
            "Die Brücke wird bis zum Winter wieder stehen.",
            "Anna Berg",
        ),
    ],
)
def test_the_subject_of_the_sentence_before_speaks(language: str, sentence: str, quote: str, name: str) -> None:
    assert _speakers(language, sentence) == [(quote, name)]


@pytest.mark.parametrize(
    ("language", "paragraphs", "name"),
    [
        (
            "fr",
            ("Le ministre Jean Dupont a ensuite rendu hommage aux secours :", "« Ils font un travail remarquable. »"),
            "Jean Dupont",
        ),
        (
            "de",
            ("Anna Berg fasste die Lage am Abend zusammen:", "„Die Brücke wird bis zum Winter wieder stehen.“"),
            "Anna Berg",
        ),
        (
            "es",
            ("La alcaldesa Lucía Gómez habló con los vecinos:", "“Vamos a reconstruir cada casa del pueblo.”"),
            "Lucía Gómez",
        ),
    ],
)
def test_a_paragraph_ending_in_a_colon_introduces_the_quote_after_it(
    language: str, paragraphs: tuple[str, str], name: str
) -> None:
    assert [n for _, n in _speakers(language, *paragraphs)] == [name]


@pytest.mark.parametrize(
    ("language", "sentence", "name"),
    [
        ("it", "Aiuti per il Sud. Bianchi: \"Abbiamo messo la giustizia sociale al centro\". Litigano i partiti.", "Bianchi"),
        ("fr", "Le budget est voté. Dupont : « Nous avons tenu nos promesses envers les familles ».", "Dupont"),
    ],
)
def test_a_name_alone_before_a_colon_labels_the_speaker(language: str, sentence: str, name: str) -> None:
    assert [n for _, n in _speakers(language, sentence)] == [name]
