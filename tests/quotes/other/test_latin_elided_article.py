"""An elided article written with the word after it ("l'ancien ministre Jean Martin", "l'avvocato Marco Bianchi")
opens a description as "le ministre" does: a name after its office speaks, the article and the office are its role.
Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _found(language: str, text: str) -> list[tuple[str, str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], language)
    return [(q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None) for q in quotes]


def test_an_elided_article_before_an_adjective_and_an_office() -> None:
    # before: no speaker ("l'ancien" read as no phrase opening)
    assert _found("fr", "« Nous allons fermer la route », a déclaré l'ancien ministre Jean Martin.") == [
        ("Nous allons fermer la route", "Jean Martin", "l'ancien ministre")
    ]


def test_an_elided_article_before_an_office() -> None:
    assert _found("it", "«Chiuderemo la strada», ha detto l'assessore Marco Bianchi.") == [
        ("Chiuderemo la strada", "Marco Bianchi", "l'assessore")
    ]


def test_a_body_after_an_elided_article_stays_whole() -> None:
    # "l'Élysée": a capitalised word after the article is a name, not set apart
    found = _found("fr", "« Nous allons fermer la route », a indiqué l'Élysée.")
    assert [speaker for _, speaker, _ in found] != ["Élysée"]
