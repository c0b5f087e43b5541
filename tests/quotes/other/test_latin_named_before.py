"""The last pass of the languages read from a table (``latin_finish``): a speaker given only by a definite,
singular description ("sagte der Trainer", "a insisté le ministre"), or a quote with no speaker and no reporting
word, is the one person quoted before under a full name whose surname the paragraph names before the quote; with two such people named, or none, or a description of several or of
someone's ("las primeras informaciones", "il suo portavoce"), no one is named. Made-up sentences only."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block

_FIRST = "„Wir wollen das Spiel gewinnen“, sagte Jonas Keller vor dem Anpfiff."
_OTHER = "„Wir sind bereit“, sagte Paul Brandt am Freitag."
# paragraphs with no quote, so that no run of quotes carries the first speaker on
_BETWEEN = {
    "de": "Das Spiel begann bei Regen vor zwölftausend Zuschauern im Stadion der Stadt.",
    "fr": "L'usine emploie quatre cents personnes dans la vallée depuis trente ans.",
}


def _last_speaker(language: str, *paragraphs: str) -> tuple[str | None, str | None]:
    quote = find_quotes([Block(text=p) for p in paragraphs], language)[-1]
    assert quote.speaker is not None
    return quote.speaker.name, quote.speaker.role


def _last_name(language: str, *paragraphs: str) -> str | None:
    quote = find_quotes([Block(text=p) for p in paragraphs], language)[-1]
    return quote.speaker.name if quote.speaker is not None else None


def test_german_description_is_the_person_the_paragraph_named() -> None:
    later = "Nur Keller sah das anders. „Die Karte war falsch“, sagte der Trainer nach dem Spiel."
    assert _last_speaker("de", _FIRST, _OTHER, later) == ("Jonas Keller", "der Trainer")


def test_two_people_named_leave_a_german_description_unnamed() -> None:
    later = "Keller und Brandt sahen das anders. „Die Karte war falsch“, sagte der Trainer nach dem Spiel."
    assert _last_speaker("de", _FIRST, _OTHER, later) == (None, "der Trainer")


def test_a_surname_after_the_quote_names_no_one() -> None:
    later = "„Die Karte war falsch“, sagte der Trainer. Keller schwieg dazu."
    assert _last_speaker("de", _FIRST, _OTHER, later) == (None, "der Trainer")


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


@pytest.mark.parametrize(
    ("language", "first", "later", "name"),
    [
        (
            "de",
            "„Wir wollen das Spiel gewinnen“, sagte Jonas Keller vor dem Anpfiff.",
            "Keller ärgerte sich über den Schiedsrichter. Sein Urteil: „Die Regel hat unser Spiel zerstört.“",
            "Jonas Keller",
        ),
        (
            "fr",
            "« Nous allons rouvrir l'usine », a déclaré Julien Marchal lundi.",
            "Marchal reste prudent. Son verdict : « Rien ne sera simple pour les salariés cet hiver. »",
            "Julien Marchal",
        ),
    ],
)
def test_a_bare_quote_is_the_person_named_before_it(language: str, first: str, later: str, name: str) -> None:
    assert _last_name(language, first, _BETWEEN[language], _BETWEEN[language], later) == name


def test_two_people_named_leave_a_bare_quote_unattributed() -> None:
    first = "„Wir wollen das Spiel gewinnen“, sagte Jonas Keller vor dem Anpfiff."
    other = "„Wir sind bereit“, sagte Paul Brandt am Freitag."
    between = "Das Spiel begann bei Regen vor zwölftausend Zuschauern im Stadion der Stadt."
    later = "Keller und Brandt ärgerten sich. Das Urteil: „Die Regel hat unser Spiel zerstört.“"
    assert _last_name("de", first, other, between, between, later) is None

