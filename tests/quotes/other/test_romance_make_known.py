""" "Faire savoir" and "far sapere" (to make known) report speech as one verb of saying, as Dutch "laten weten"
does: "« … », a fait savoir la mairie", "“…”, ha fatto sapere il Comune". Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _found(language: str, text: str) -> list[tuple[str | None, str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], language)
    return [(q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None, q.cue) for q in quotes]


def test_french_faire_savoir() -> None:
    # before: no quote
    assert _found("fr", "« Le marché est annulé », a fait savoir la mairie.") == [(None, "la mairie", "a fait savoir")]


def test_italian_far_sapere() -> None:
    # before: no quote
    assert _found("it", '"Il museo riapre a maggio", ha fatto sapere la direttrice.') == [
        (None, "la direttrice", "ha fatto sapere")
    ]
    assert _found("it", "L'assessore ha fatto sapere che il bando scade a giugno.") == [
        (None, "L'assessore", "ha fatto sapere")
    ]
