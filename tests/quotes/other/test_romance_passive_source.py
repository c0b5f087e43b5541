"""A source word, its filler and a passive participle of saying whose agent is the source ("según lo
informado por la Secretaría de Salud, …", "secondo quanto riferito dal sindaco Marco Neri, …"): the agent
is the speaker of the reported sentence. Made-up sentences; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("sentence", "language", "name", "role"),
    [
        (
            "Según lo informado por la Secretaría de Salud, los casos aumentaron un 20 por ciento.",
            "es",
            "la Secretaría de Salud",
            None,
        ),
        (
            "Según lo declarado por el alcalde Luis Vega, los casos aumentaron un 20 por ciento.",
            "es",
            "Luis Vega",
            "el alcalde",
        ),
        (
            "Los casos aumentaron un 20 por ciento, según lo informado por el ministro Luis Vega.",
            "es",
            "Luis Vega",
            "el ministro",
        ),
        (
            "Secondo quanto riferito dal sindaco Marco Neri, l'uomo sarebbe fuggito a piedi.",
            "it",
            "Marco Neri",
            "sindaco",
        ),
        (
            "Secondo quanto riferito da Marco Neri, l'uomo sarebbe fuggito a piedi.",
            "it",
            "Marco Neri",
            None,
        ),
    ],
)
def test_agent_of_passive_participle_is_the_source(sentence: str, language: str, name: str, role: str | None) -> None:
    assert said(sentence, language) == [(name, role)]


def test_active_verb_after_filler_still_read() -> None:
    assert said("Secondo quanto riferisce il Corriere, l'uomo sarebbe fuggito a piedi.", "it") == [
        ("il Corriere", None)
    ]
