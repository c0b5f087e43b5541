"""Two shapes of an office before or without a name. A capitalised adjective of an office written in lower case
("le Premier ministre", "la Première ministre") names no body: the phrase is a description, no name. An acronym
in capitals between an office and a name ("la députée RN Claire Roux", "il deputato M5S Luca Verdi") is the
office-holder's party, part of the role, not of the name. Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(language: str, text: str) -> list[tuple[str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], language)
    return [(q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None) for q in quotes]


def test_premier_ministre_is_a_description() -> None:
    # before: the name "la Première ministre"
    assert _speakers("fr", "« Le budget sera tenu », a assuré la Première ministre.") == [
        (None, "la Première ministre")
    ]
    assert _speakers("fr", "Selon le Premier ministre, le texte sera voté en mars.") == [(None, "le Premier ministre")]


def test_a_party_acronym_goes_to_the_role() -> None:
    # before: the name "RN Paul Girard"
    assert _speakers("fr", "« Nous déposerons une motion », a annoncé le député RN Paul Girard.") == [
        ("Paul Girard", "le député RN")
    ]
    assert _speakers("it", '"Presenteremo un emendamento", ha detto la senatrice FdI Anna Conti.') == [
        ("FdI Anna Conti", "la senatrice")
    ]
    assert _speakers("pt", '"Vamos pedir explicações", disse o deputado PSD Nuno Faria.') == [
        ("Nuno Faria", "o deputado PSD")
    ]
