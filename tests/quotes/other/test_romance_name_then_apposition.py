"""A name opening a Romance sentence, then who the person is set off by commas before the verb of saying: the name
speaks, the apposition is its role. A relative clause in its place is no role. Made-up sentences; each expected
value is read from its sentence."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(language: str, sentence: str) -> list[tuple[str, str | None, str | None]]:
    quotes = find_quotes([Block(text=sentence)], language)
    return [(q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None) for q in quotes]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (
            "fr",
            "Claire Martin, apicultrice à Tulle, raconte que la moitié des ruches sont vides.",
            [("la moitié des ruches sont vides", "Claire Martin", "apicultrice à Tulle")],
        ),
        (
            "es",
            "Andrés Vela, el alcalde de Tarifa, aseguró que el puerto abrirá en mayo.",
            [("el puerto abrirá en mayo", "Andrés Vela", "el alcalde de Tarifa")],
        ),
        (
            "it",
            "Giulia Rossi, presidente della cooperativa, ha spiegato che il raccolto è salvo.",
            [("il raccolto è salvo", "Giulia Rossi", "presidente della cooperativa")],
        ),
        (
            "pt",
            "Rui Costa, autarca de Mértola, afirmou que a ponte vai reabrir.",
            [("a ponte vai reabrir", "Rui Costa", "autarca de Mértola")],
        ),
    ],
)
def test_name_speaks_apposition_is_role(
    language: str, sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _speakers(language, sentence) == expected


def test_relative_clause_is_no_role() -> None:
    found = _speakers("fr", "Claire Martin, qui vit à Tulle, raconte que la moitié des ruches sont vides.")
    assert all(role is None for _, _, role in found)
