"""Spanish: "todavía" and "aún" ("still", "yet") between a subject and its verb of saying, a negation after them or
not, are no part of the subject ("La alcaldesa todavía no ha explicado que …"). Made-up sentences; each expected
value is read from its sentence."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("La concejala todavía no ha explicado que la obra se haya retrasado.", "La concejala"),
        ("El consejero aún no ha confirmado que la carretera vaya a abrir en mayo.", "El consejero"),
        ("El director todavía sostiene que el hospital tiene personal suficiente.", "El director"),
    ],
)
def test_still_is_no_part_of_the_subject(sentence: str, role: str) -> None:
    quotes = find_quotes([Block(text=sentence)], "es")
    assert [q.speaker.role if q.speaker else None for q in quotes] == [role]
