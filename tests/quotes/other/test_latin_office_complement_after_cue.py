"""After a verb of saying, an office whose complement a preposition opens, then a name ("ha detto l'assessore al
Bilancio Luca Neri", "a déclaré l'adjoint aux Sports Jean Martin"): the name speaks, the office and its complement
are the role (before: no speaker, the phrase was cut at the preposition as before one told). A capital after such a
complement is no name ("ha spiegato l'assessore ai Lavori pubblici": before, the name "Lavori"); one told keeps
the subject before it ("ha detto il sindaco al Corriere"). Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _found(language: str, text: str) -> list[tuple[str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], language)
    return [(q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None) for q in quotes]


def test_italian_name_after_complement() -> None:
    assert _found("it", "«Il bando è aperto», ha detto l'assessore al Bilancio Luca Neri.") == [
        ("Luca Neri", "l'assessore al Bilancio")
    ]


def test_french_name_after_complement() -> None:
    assert _found("fr", "« Le gymnase rouvre lundi », a déclaré l'adjointe aux Sports Claire Morvan.") == [
        ("Claire Morvan", "l'adjointe aux Sports")
    ]


def test_capital_of_complement_is_no_name() -> None:
    found = _found("it", "«È stata una giornata difficile», ha spiegato l'assessore ai Lavori pubblici.")
    assert [name for name, _role in found] == [None]  # one quote, and no one named in the sentence


def test_listener_stays_apart() -> None:
    assert _found("it", "«Siamo soddisfatti», ha detto il sindaco al Corriere di Bologna.") == [(None, "il sindaco")]
    assert _found("fr", "« C'est fini », a déclaré le maire à Jean Martin.") == [(None, "le maire")]
