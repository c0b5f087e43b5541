"""German: a speaker given only by a definite description ("sagte der Trainer") is the one person quoted before
under a full name whose surname the paragraph names before the quote ("Nur Keller sah es anders. „…“, sagte der
Trainer."); with two such people named, or none, the description stays unnamed. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block

_FIRST = "„Wir wollen das Spiel gewinnen“, sagte Jonas Keller vor dem Anpfiff."
_OTHER = "„Wir sind bereit“, sagte Paul Brandt am Freitag."


def _last_speaker(*paragraphs: str) -> tuple[str | None, str | None]:
    quote = find_quotes([Block(text=p) for p in paragraphs], "de")[-1]
    assert quote.speaker is not None
    return quote.speaker.name, quote.speaker.role


def test_the_description_is_the_person_the_paragraph_named() -> None:
    later = "Nur Keller sah das anders. „Die Karte war falsch“, sagte der Trainer nach dem Spiel."
    assert _last_speaker(_FIRST, _OTHER, later) == ("Jonas Keller", "der Trainer")


def test_two_people_named_leave_the_description_unnamed() -> None:
    later = "Keller und Brandt sahen das anders. „Die Karte war falsch“, sagte der Trainer nach dem Spiel."
    assert _last_speaker(_FIRST, _OTHER, later) == (None, "der Trainer")


def test_a_surname_after_the_quote_names_no_one() -> None:
    later = "„Die Karte war falsch“, sagte der Trainer. Keller schwieg dazu."
    assert _last_speaker(_FIRST, _OTHER, later) == (None, "der Trainer")
