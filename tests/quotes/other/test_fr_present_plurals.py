"""French verbs of saying in the present plural ("indiquent", "précisent", "disent", "reconnaissent") report like
their singular: a group or a body speaks as often as one person. Made-up sentences; each expected value is read
from its sentence."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "La route reste coupée jusqu'à demain, précisent les gendarmes.",
            ("La route reste coupée jusqu'à demain", "les gendarmes"),
        ),
        (
            "Les secouristes indiquent que trois randonneurs ont été retrouvés.",
            ("trois randonneurs ont été retrouvés", "Les secouristes"),
        ),
        ("Les voisins disent que le chantier fait trop de bruit.", ("le chantier fait trop de bruit", "Les voisins")),
        ("« Nous manquons de bras », reconnaissent les infirmières.", ("Nous manquons de bras", "les infirmières")),
    ],
)
def test_present_plural_reports(sentence: str, expected: tuple[str, str]) -> None:
    quotes = find_quotes([Block(text=sentence)], "fr")
    assert [(q.text, q.speaker.role if q.speaker else None) for q in quotes] == [expected]
