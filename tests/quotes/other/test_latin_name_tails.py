"""A speaker named by the last words of a longer name quoted before ("sagt Gómez Sáez" after "sagt Carlos Gómez
Sáez") is that person, as a lone surname is ("so Sáez"). Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(*paragraphs: str) -> list[str | None]:
    quotes = find_quotes([Block(text=p) for p in paragraphs], "de")
    return [q.speaker.name if q.speaker else None for q in quotes]


def test_a_two_word_tail_is_the_full_name() -> None:
    paragraphs = (
        "„Von Januar an bauen wir den Vertrieb in ganz Europa aus“, sagt Carlos Gómez Sáez.",
        "Die getesteten Anwendungen sollen später ergänzt werden, sagt Gómez Sáez.",
    )
    assert _speakers(*paragraphs) == ["Carlos Gómez Sáez", "Carlos Gómez Sáez"]


def test_another_two_word_name_stays_itself() -> None:
    paragraphs = (
        "„Von Januar an bauen wir den Vertrieb in ganz Europa aus“, sagt Carlos Gómez Sáez.",
        "Die getesteten Anwendungen sollen später ergänzt werden, sagt Lucía Sáez.",
    )
    assert _speakers(*paragraphs) == ["Carlos Gómez Sáez", "Lucía Sáez"]
