"""A day and a place between a reporting verb and its subject after it ("sagte am Montag in Bonn Ministerin …",
"dijo el lunes en Sevilla el alcalde …") are no part of the speaker, nor do they hide him: the speaker is the
phrase after them. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _found(language: str, text: str) -> list[tuple[str, str, str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], language)
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None)
            for q in quotes]


def test_a_place_before_an_office_and_a_name() -> None:
    # before: no speaker ("in Berlin Minister Klaus Hofmann" read as no phrase)
    assert _found("de", "„Das Budget reicht nicht“, sagte in Berlin Minister Klaus Hofmann.") == [
        ("direct", "Das Budget reicht nicht", "Klaus Hofmann", "Minister")
    ]
    assert _found("es", "«Vamos a cerrar la carretera», dijo en Madrid el ministro José García.") == [
        ("direct", "Vamos a cerrar la carretera", "José García", "el ministro")
    ]
    assert _found("pt", "«Vamos fechar a estrada», disse em Lisboa o ministro João Silva.") == [
        ("direct", "Vamos fechar a estrada", "João Silva", "o ministro")
    ]
    assert _found("nl", "„We sluiten de weg”, zei in Utrecht minister Jan de Vries.") == [
        ("direct", "We sluiten de weg", "Jan de Vries", "minister")
    ]


def test_a_day_and_a_place() -> None:
    # before: the Spanish speaker was the day ("el lunes"), the German and Italian ones none
    assert _found("es", "«Vamos a cerrar la carretera», dijo el lunes en Sevilla el alcalde Juan Gil.") == [
        ("direct", "Vamos a cerrar la carretera", "Juan Gil", "el alcalde")
    ]
    assert _found("de", "„Das Budget reicht nicht“, sagte am Dienstag in Hamburg Bürgermeister Peter Brandt.") == [
        ("direct", "Das Budget reicht nicht", "Peter Brandt", "Bürgermeister")
    ]
    assert _found("it", "«Chiuderemo la strada», ha spiegato ieri a Milano il sindaco Giuseppe Verdi.") == [
        ("direct", "Chiuderemo la strada", "Giuseppe Verdi", "il sindaco")
    ]


def test_no_place_name_after_the_preposition() -> None:
    # "in der Sitzung": no capitalised place name, nothing is stepped over
    found = _found("de", "„Das Budget reicht nicht“, sagte in der Sitzung ein Sprecher.")
    assert [speaker for _, _, speaker, _ in found] != ["Sitzung"]
