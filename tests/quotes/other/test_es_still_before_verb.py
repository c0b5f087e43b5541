"""Spanish: "todavía" and "aún" ("still", "yet") between a subject and its verb of saying, a negation after them or
not, are no part of the subject ("La alcaldesa todavía no ha explicado que …"). Made-up sentences; each expected
value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import roles


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("La concejala todavía no ha explicado que la obra se haya retrasado.", "La concejala"),
        ("El consejero aún no ha confirmado que la carretera vaya a abrir en mayo.", "El consejero"),
        ("El director todavía sostiene que el hospital tiene personal suficiente.", "El director"),
    ],
)
def test_still_is_no_part_of_the_subject(sentence: str, role: str) -> None:
    assert roles(sentence, "es") == [role]
