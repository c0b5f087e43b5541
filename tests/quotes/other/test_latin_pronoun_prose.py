"""In the languages whose prose people are kept (French, Spanish, Italian …), "« … », a-t-elle déclaré" stands for
the person the prose named since the last quote's speaker, not that speaker. Made-up sentences; speakers read
off them."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _names(*paragraphs: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in find_quotes([Block(text=p) for p in paragraphs], "fr")]


def test_she_is_the_woman_named_since_the_last_speaker() -> None:
    assert _names(
        "« Nous partons demain matin », a déclaré Paul Durand.",
        "Le lendemain, la juge Marie Martin est arrivée au tribunal.",
        "« Nous resterons ici jusqu'à la fin du procès », a-t-elle déclaré.",
    ) == ["Paul Durand", "Marie Martin"]

