"""French pronominal verbs of saying in -ir ("se réjouit", "s'est réjouie") and the irregular "se plaint" and "s'est
ému": cues like the -er ones, after a quote and before a "que" clause. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _found(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], "fr")
    return [(q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None, q.cue) for q in quotes]


def test_a_reflexive_ir_verb_after_a_quote_names_its_subject() -> None:
    assert _found("« Le public est revenu en nombre », se réjouit le directeur Marc Blanc.") == [
        ("Le public est revenu en nombre", "Marc Blanc", "le directeur", "se réjouit")
    ]
    assert _found("« Personne ne répond à nos lettres », se plaint Lucie Faure, retraitée.") == [
        ("Personne ne répond à nos lettres", "Lucie Faure", None, "se plaint")
    ]


def test_its_passe_compose_reports_a_que_clause() -> None:
    assert _found("La sénatrice s'est réjouie que la loi ait été votée sans retard.") == [
        ("la loi ait été votée sans retard", None, "La sénatrice", "s'est réjouie")
    ]


def test_the_same_verb_with_a_noun_reports_nothing() -> None:
    assert _found("Le maire s'est réjoui de la fin des travaux.") == []
