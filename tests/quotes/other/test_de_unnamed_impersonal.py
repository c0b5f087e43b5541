"""A German sentence ending in an impersonal cue with no source named ("…, hieß es.") reports the clause before
the cue, from an unnamed source: its span ends before the comma, its cue is the impersonal one, and it does not
go on with the speaker quoted before (as a Konjunktiv I sentence without a cue would). Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _reports(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    quotes = find_quotes([Block(text=p) for p in paragraphs], "de")
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in quotes if q.kind.value == "indirect"]


def test_a_subjunctive_clause_before_hiess_es() -> None:
    assert _reports("Die Lage in der Stadt sei ernst, hieß es am Abend.") == [
        ("Die Lage in der Stadt sei ernst", None, "hieß es")
    ]


def test_an_indicative_clause_before_heisst_es() -> None:
    assert _reports("Das Feuer in der Halle ist unter Kontrolle, heißt es.") == [
        ("Das Feuer in der Halle ist unter Kontrolle", None, "heißt es")
    ]


def test_no_speaker_goes_on_from_the_quote_before() -> None:
    paragraphs = (
        "„Giftstoffe gibt es nur in der Nähe“, sagte Anna Berg.",
        "Ein Feuerwehrmann hätte einen Schwächeanfall erlitten, hieß es.",
    )
    assert _reports(*paragraphs) == [("Ein Feuerwehrmann hätte einen Schwächeanfall erlitten", None, "hieß es")]


def test_a_named_source_still_speaks() -> None:
    assert _reports("Die Lage in der Stadt sei ernst, hieß es aus dem Ministerium.") == [
        ("Die Lage in der Stadt sei ernst", "Ministerium", "hieß es")
    ]
