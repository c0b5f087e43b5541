"""A pronoun after a source word ("Según él, …", "Secondo lui, …", "Selon elle, …", French stressed "Selon lui, …",
"selon eux"; LatinTable.source_pronouns) stands for the person named before: the rest of the sentence is reported,
as after "Selon Jean Dupont, …" (before: no quote). A framing word ("Pour lui, « … »") still reports nothing with
a pronoun. Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _found(language: str, *texts: str) -> list[tuple[str, str | None, str | None]]:
    quotes = find_quotes([Block(text=t) for t in texts], language)
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in quotes]


def test_spanish_and_italian() -> None:
    assert _found("es", "La alcaldesa Nerea Ugarte visitó el mercado. Según ella, la reforma acabará en mayo.") == [
        ("la reforma acabará en mayo", "Nerea Ugarte", "según")
    ]
    assert _found("it", "Il parroco Franco Galli ha aperto la mensa. Secondo lui, i volontari sono pochi.") == [
        ("i volontari sono pochi", "Franco Galli", "secondo")
    ]


def test_french_stressed_pronoun() -> None:
    assert _found("fr", "Yves Le Roux tient la boulangerie depuis 1998.", "Selon lui, le centre-ville se vide.") == [
        ("le centre-ville se vide", "Yves Le Roux", "selon")
    ]


def test_framing_word_and_pronoun_report_nothing() -> None:
    assert _found("fr", "Pour lui, la saison est finie.") == []
