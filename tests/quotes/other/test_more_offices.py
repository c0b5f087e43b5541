"""Office words of the Romance tables: a leader, a candidate, a judge are offices, so the name after them
speaks and they are its role. Made-up sentences; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


@pytest.mark.parametrize(
    ("language", "sentence", "name", "role"),
    [
        pytest.param(
            "es",
            "“Vamos a recurrir la sentencia”, afirmó el líder del partido, Luis Vega Ruiz.",
            "Luis Vega Ruiz",
            "el líder del partido",
            id="es-lider",
        ),
        pytest.param(
            "es",
            "“La causa sigue abierta”, señaló la jueza Marta Gil.",
            "Marta Gil",
            "la jueza",
            id="es-jueza",
        ),
        pytest.param(
            "it",
            "“Faremo ricorso contro la sentenza”, ha affermato il leader del partito Marco Bianchi.",
            "Marco Bianchi",
            "il leader del partito",
            id="it-leader",
        ),
        pytest.param(
            "fr",
            "« Nous ferons appel de cette décision », a déclaré la candidate Marie Martin.",
            "Marie Martin",
            "la candidate",
            id="fr-candidate",
        ),
    ],
)
def test_the_name_after_an_office_speaks(language: str, sentence: str, name: str, role: str) -> None:
    quotes = find_quotes([Block(text=sentence)], language)
    assert [(q.speaker.name, q.speaker.role) if q.speaker else None for q in quotes] == [(name, role)]
