"""The languages read from a table: a speaker given only by a definite description ("a ajouté le ministre") is
the one person quoted before under a full name whose surname the paragraph names before the quote; an article
and a possessive ("il suo portavoce") describe someone's aide and stay unnamed. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _last_speaker(language: str, *paragraphs: str) -> tuple[str | None, str | None]:
    quote = find_quotes([Block(text=p) for p in paragraphs], language)[-1]
    assert quote.speaker is not None
    return quote.speaker.name, quote.speaker.role


def test_french_description_is_the_person_the_paragraph_named() -> None:
    first = "« Nous allons rouvrir l'usine », a déclaré Julien Marchal lundi."
    other = "« Rien n'est décidé », a répondu Sophie Vasseur."
    later = "Marchal a maintenu sa position. « Les salariés le méritent », a insisté le ministre."
    assert _last_speaker("fr", first, other, later) == ("Julien Marchal", "le ministre")


def test_italian_possessive_description_stays_unnamed() -> None:
    first = "\u201cIl piano è pronto\u201d, ha detto Marta Rinaldi ai cronisti."
    later = "Rinaldi se ne va. \u201cMandateci una richiesta scritta\u201d, conclude il suo portavoce."
    assert _last_speaker("it", first, later)[0] is None


def test_spanish_plural_description_names_no_one() -> None:
    first = "\u201cEl fuego está controlado\u201d, dijo Andrés Molina por la tarde."
    later = "Molina confirmó los datos. Según las primeras informaciones, dos casas resultaron dañadas por el fuego."
    assert _last_speaker("es", first, later)[0] is None
