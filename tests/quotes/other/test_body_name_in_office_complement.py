"""After a noun of a body in an office's complement ("club", "grupo", "squadra", "clube"), the body's capitalised name
runs on to a known given name, which opens the holder's ("dijo el entrenador del club Real Madrid Carlo Ancelotti":
before, the name "Madrid Carlo Ancelotti", role "el entrenador del club Real"). Every sentence is made up in the
shape of pages in no corpus; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        pytest.param(
            '"Fue un partido duro", dijo el entrenador del club Real Madrid Carlo Ancelotti.',
            "es",
            ("Carlo Ancelotti", "el entrenador del club Real Madrid"),
            id="es-club",
        ),
        pytest.param(
            '"Crecemos", dijo la presidenta del grupo Inditex Marta Ortega.',
            "es",
            ("Marta Ortega", "la presidenta del grupo Inditex"),
            id="es-group-of-one-word",
        ),
        pytest.param(
            '"Abbiamo vinto", ha detto l\'allenatore della squadra Inter Simone Inzaghi.',
            "it",
            ("Simone Inzaghi", "l'allenatore della squadra Inter"),
            id="it-squadra",
        ),
        pytest.param(
            '"Vencemos", disse o treinador do clube Sport Recife João Silva.',
            "pt",
            ("João Silva", "o treinador do clube Sport Recife"),
            id="pt-clube",
        ),
    ],
)
def test_the_holder_opens_at_a_given_name(sentence: str, language: str, expected: tuple[str, str]) -> None:
    assert said(sentence, language) == [expected]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        pytest.param(
            '"Fue un partido duro", dijo el entrenador del club Carlo Ancelotti.',
            "es",
            ("Carlo Ancelotti", "el entrenador del club"),
            id="es-club-unnamed",
        ),
        pytest.param(
            '"Crecemos", dijo el presidente del club Florentino Pérez.',
            "es",
            ("Florentino Pérez", "el presidente del club"),
            id="es-given-name-unknown-to-the-tables",
        ),
        pytest.param(
            '"Crecemos", dijo el secretario general del partido Juan Pérez.',
            "es",
            ("Juan Pérez", "el secretario general del partido"),
            id="es-party-unnamed",
        ),
        pytest.param(
            '"Crecemos", dijo el secretario general de CCOO Juan Pérez.',
            "es",
            ("Juan Pérez", "el secretario general de CCOO"),
            id="es-no-body-noun",
        ),
    ],
)
def test_a_name_right_after_the_body_noun_stays(sentence: str, language: str, expected: tuple[str, str]) -> None:
    assert said(sentence, language) == [expected]
