"""A German description after "laut" ends before a preposition, whichever: "laut dem Sprecher der Stadt seit Mitte
Juli" is the spokesman of the city, not "… seit Mitte Juli sehr ernst". Made-up sentences; roles read off them."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Die Lage ist laut dem Sprecher der Stadt seit Mitte Juli sehr ernst geworden.", "dem Sprecher der Stadt"),
        # (a body named by its noun, "laut der Polizei", is a speaker: see test_de_body_endings.py)
        ("Die Straße bleibt laut der Anwohnerin bis Freitag für den Verkehr gesperrt.", "der Anwohnerin"),
        ("Die Kosten sind laut der Sprecherin trotz der Krise kaum gestiegen.", "der Sprecherin"),
    ],
)
def test_a_description_ends_before_a_preposition(sentence: str, role: str) -> None:
    quotes = find_quotes([Block(text=sentence)], "de")
    assert [(q.speaker.name, q.speaker.role) if q.speaker else None for q in quotes] == [(None, role)]
