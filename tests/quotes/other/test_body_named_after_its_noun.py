"""After a noun of a body in an office's complement ("club", "equipo", "squadra", "clube"), capitalised words with no
known given name and a place the tables know are the body's name: nobody is named, the office and its complement describe the speaker ("dijo el
portavoz del club Real Madrid": before, the person "Real Madrid", role "el portavoz del club"). After a party's noun
a leader's name follows as often, which stays a name. Every sentence is made up in the shape of pages in no corpus;
each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        pytest.param(
            '"Seguimos", dijo el portavoz del club Real Madrid.',
            "es",
            (None, "el portavoz del club Real Madrid"),
            id="es-club",
        ),
        pytest.param(
            '"Vamos seguir", disse o presidente do clube Sport Recife.',
            "pt",
            (None, "o presidente do clube Sport Recife"),
            id="pt-clube",
        ),
        pytest.param(
            '"Seguimos", dijo el portavoz del equipo Atlético Madrid.',
            "es",
            (None, "el portavoz del equipo Atlético Madrid"),
            id="es-equipo",
        ),
        # where it does not fire
        pytest.param(
            '"Crecemos", dijo el presidente del club Florentino Pérez.',
            "es",
            ("Florentino Pérez", "el presidente del club"),
            id="es-given-name-unknown-to-the-tables",
        ),
        pytest.param(
            '"Seguimos", dijo el entrenador del club Real Madrid Carlo Ancelotti.',
            "es",
            ("Carlo Ancelotti", "el entrenador del club Real Madrid"),
            id="es-club-then-name",
        ),
        pytest.param(
            '"Vamos seguir", disse o presidente do clube Sport Recife Carlos Romão.',
            "pt",
            ("Carlos Romão", "o presidente do clube Sport Recife"),
            id="pt-clube-then-name",
        ),
        pytest.param(
            '"Seguimos", dijo el líder del partido Santiago Abascal.',
            "es",
            ("Santiago Abascal", "el líder del partido"),
            id="es-party-then-name",
        ),
        pytest.param(
            '"Andiamo avanti", ha detto il leader del partito Marco Bianchi.',
            "it",
            ("Marco Bianchi", "il leader del partito"),
            id="it-party-then-name",
        ),
        pytest.param(
            '"Seguimos", dijo el entrenador del club, Carlo Ancelotti.',
            "es",
            ("Carlo Ancelotti", "el entrenador del club"),
            id="es-name-set-off",
        ),
    ],
)
def test_body_named_after_its_noun(sentence: str, language: str, expected: tuple[str | None, str]) -> None:
    assert said(sentence, language) == [expected]
