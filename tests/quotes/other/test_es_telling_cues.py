"""Spanish verbs of telling a story or a confidence report speech ("contó", "confió", "narró", "ha contado"), as
"relató" does. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported_said, said


def test_after_a_quote() -> None:
    assert said("«Pasamos la noche en el tejado», contó la pastelera del barrio.", "es") == [
        (None, "la pastelera del barrio")
    ]
    assert said("«Confío en mis jugadores», confió el entrenador, Raúl Pons.", "es") == [("Raúl Pons", "el entrenador")]


def test_before_que() -> None:
    assert reported_said("El pescador contó que el temporal rompió tres barcas en el puerto.", "es") == [
        ("el temporal rompió tres barcas en el puerto", None, "El pescador")
    ]
    assert reported_said("La maestra ha contado que los niños ensayaron durante semanas.", "es") == [
        ("los niños ensayaron durante semanas", None, "La maestra")
    ]


def test_the_noun_cuenta_is_no_cue() -> None:
    assert reported_said("Hay que tener en cuenta que el puerto estuvo cerrado dos días.", "es") == []
