"""Diplomatic, judicial, police, church and sports offices in the tables of the other languages ("dijo el cónsul de
Costa Rica María López", "Według wójta Jana Kowalskiego, …", "disse o delegado João Souza"): the office is the role,
the name after it speaks. Before, no office was read ("el cónsul de Costa Rica María López" was the whole role, with
no name). Every sentence is made up in the shape of pages in no corpus; each expected value is read from its
sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        pytest.param(
            '"Seguimos", dijo el cónsul de Costa Rica María López.',
            "es",
            [("María López", "el cónsul de Costa Rica")],
            id="es-consul-place",
        ),
        pytest.param(
            '"El caso sigue abierto", dijo el comisario Pedro Gómez.',
            "es",
            [("Pedro Gómez", "el comisario")],
            id="es-comisario",
        ),
        pytest.param(
            '"Rezamos por ellos", dijo el obispo de Cádiz Rafael Zornoza.',
            "es",
            [("Rafael Zornoza", "el obispo de Cádiz")],
            id="es-obispo",
        ),
        pytest.param(
            '"O caso segue aberto", disse o delegado João Souza.',
            "pt",
            [("João Souza", "o delegado")],
            id="pt-delegado",
        ),
        pytest.param(
            '"O caso segue aberto", disse a juíza Maria Santos.',
            "pt",
            [("Maria Santos", "a juíza")],
            id="pt-juiza",
        ),
        pytest.param(
            '"Preghiamo per loro", ha detto il vescovo di Bergamo Marco Rossi.',
            "it",
            [("Marco Rossi", "il vescovo di Bergamo")],
            id="it-vescovo",
        ),
        pytest.param(
            '"Nous avons bien joué", a déclaré le sélectionneur Didier Deschamps.',
            "fr",
            [("Didier Deschamps", "le sélectionneur")],
            id="fr-selectionneur",
        ),
        pytest.param(
            '"We hebben goed gespeeld", zei bondscoach Ronald Koeman.',
            "nl",
            [("Ronald Koeman", "bondscoach")],
            id="nl-bondscoach",
        ),
        pytest.param(
            "Według wójta Jana Kowalskiego, droga zostanie otwarta.",
            "pl",
            [("Jana Kowalskiego", "wójta")],
            id="pl-wojt-named",
        ),
        pytest.param("Według wójta, droga zostanie otwarta.", "pl", [(None, "wójta")], id="pl-wojt-alone"),
        pytest.param(
            "По словам прокурора Ивана Петрова, дело закрыто.",
            "ru",
            [("Ивана Петрова", "прокурора")],
            id="ru-prokuror",
        ),
    ],
)
def test_more_offices(sentence: str, language: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert said(sentence, language) == expected
