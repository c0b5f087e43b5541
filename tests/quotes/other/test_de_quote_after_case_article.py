"""A short German quote right after an article of the genitive or dative ("laut einem Bericht des „Spiegel“", "die
Redaktion der „Bild“") is a name, not speech (before: a direct quote "Spiegel"). Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _direct(text: str) -> list[str]:
    return [q.text for q in find_quotes([Block(text=text)], "de") if q.kind is QuoteKind.DIRECT]


def test_newspaper_after_genitive_article() -> None:
    assert _direct("Laut einem Bericht des „Kuriers“ plant die Stadt neue Gebühren.") == []
    assert _direct("Wie die Redaktion der „Morgenpost“ berichtet, plant die Stadt neue Gebühren.") == []


def test_quotes_of_speech_stay() -> None:
    assert _direct("„Das ist zu teuer“, sagte der Kämmerer.") == ["Das ist zu teuer"]
