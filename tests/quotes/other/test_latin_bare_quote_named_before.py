"""A quote with no speaker and no reporting word is the one person quoted before under a full name whose surname
its paragraph names before it ("Keller ärgerte sich. Sein Urteil: „…“"); with two such people named, it stays
without a speaker. Made-up sentences only."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block

# paragraphs with no quote, so that no run of quotes carries the first speaker on
_BETWEEN = {
    "de": "Das Spiel begann bei Regen vor zwölftausend Zuschauern im Stadion der Stadt.",
    "fr": "L'usine emploie quatre cents personnes dans la vallée depuis trente ans.",
}


def _last_name(language: str, *paragraphs: str) -> str | None:
    quote = find_quotes([Block(text=p) for p in paragraphs], language)[-1]
    return quote.speaker.name if quote.speaker is not None else None


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


def test_a_report_with_no_cue_goes_to_the_person_its_paragraph_names_not_the_last_speaker() -> None:
    first = "„Wir wollen das Spiel gewinnen“, sagte Jonas Keller vor dem Anpfiff."
    other = "„Wir sind bereit“, sagte Paul Brandt am Freitag."
    later = "Keller schloss eine Klage nicht aus. Man werde „alle rechtlichen Mittel ausschöpfen“, um das Urteil anzufechten."
    assert _last_name("de", first, other, later) == "Jonas Keller"  # (not Paul Brandt, quoted last)
