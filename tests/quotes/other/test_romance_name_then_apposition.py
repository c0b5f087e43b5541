"""A name opening a Romance sentence, then who the person is set off by commas before the verb of saying: the name
speaks, the apposition is its role. A relative clause in its place is no role. Made-up sentences; each expected
value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


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
    assert text_said_in(sentence, language=language) == expected


def test_relative_clause_is_no_role() -> None:
    found = text_said_in("Claire Martin, qui vit à Tulle, raconte que la moitié des ruches sont vides.", language="fr")
    assert all(role is None for _, _, role in found)
