"""A pilgrim's honorific of West African pages ("Alhaji", "Alhaja", "Hajia") before a full name is the person's
title, no part of the name, as "Chief" or "Dr." is; a royal style ("Prince") stays in the name. Made-up sentences
only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _names(*paragraphs: str) -> list[str | None]:
    quotes = find_quotes([Block(text=p) for p in paragraphs], "en")
    return [q.speaker.name if q.speaker else None for q in quotes]


def test_alhaji_before_a_full_name() -> None:
    assert _names(
        "The chairman of the market association, Alhaji Sani Danladi, said the stalls would reopen on Friday."
    ) == ["Sani Danladi"]


def test_hajia_then_the_surname() -> None:
    assert _names(
        "Hajia Zainab Yakubu runs a tailoring shop near the motor park.",
        '"The water came in through the back door," Yakubu said.',
    ) == ["Zainab Yakubu"]


def test_a_royal_style_stays() -> None:
    assert _names('"The bridge will be finished in June," said Prince Kolade Adebayo.') == ["Prince Kolade Adebayo"]
