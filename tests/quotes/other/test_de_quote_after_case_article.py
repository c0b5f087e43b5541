"""A short German quote right after an article of the genitive or dative ("laut einem Bericht des „Spiegel“", "die
Redaktion der „Bild“") is a name, not speech (before: a direct quote "Spiegel"). Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import direct_texts


def test_newspaper_after_genitive_article() -> None:
    assert direct_texts("Laut einem Bericht des „Kuriers“ plant die Stadt neue Gebühren.", "de") == []
    assert direct_texts("Wie die Redaktion der „Morgenpost“ berichtet, plant die Stadt neue Gebühren.", "de") == []


def test_quotes_of_speech_stay() -> None:
    assert direct_texts("„Das ist zu teuer“, sagte der Kämmerer.", "de") == ["Das ist zu teuer"]
