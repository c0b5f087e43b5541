"""In the languages whose prose people are kept (French, Spanish, Italian …), "« … », a-t-elle déclaré" stands for
the person the prose named since the last quote's speaker, not that speaker. Made-up sentences; speakers read
off them."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def _names(*paragraphs: str) -> list[str | None]:
    return speakers_in(*paragraphs, language="fr")


def test_she_is_the_woman_named_since_the_last_speaker() -> None:
    assert _names(
        "« Nous partons demain matin », a déclaré Paul Durand.",
        "Le lendemain, la juge Marie Martin est arrivée au tribunal.",
        "« Nous resterons ici jusqu'à la fin du procès », a-t-elle déclaré.",
    ) == ["Paul Durand", "Marie Martin"]

