"""French, Spanish, Italian (Session 64): an office word qualified by a second one or by an adjective before a
body's complement, before the verb, keeps its whole description ("Le secrétaire général de la CGT a dit que …":
before, the role "général de la CGT"; "Le délégué syndical de la CGT": before, the name "CGT"). Every sentence is
made up in the shape of pages in no corpus; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("language", "sentence", "role"),
    [
        ("fr", "Le secrétaire général de la CGT a dit que la loi est mauvaise.", "Le secrétaire général de la CGT"),
        ("fr", "Le directeur général de Renault a dit que la loi est mauvaise.", "Le directeur général de Renault"),
        ("fr", "Le délégué syndical de la CGT a dit que la loi est mauvaise.", "Le délégué syndical de la CGT"),
        ("es", "El secretario general de CCOO dijo que la ley es mala.", "El secretario general de CCOO"),
        ("es", "El secretario general del PSOE dijo que la ley es mala.", "El secretario general del PSOE"),
        (
            "it",
            "Il segretario generale della CGIL ha detto che la legge è cattiva.",
            "Il segretario generale della CGIL",
        ),
        # unchanged
        ("fr", "Le président de la CGT a dit que la loi est mauvaise.", "Le président de la CGT"),
        ("es", "El portavoz del PSOE dijo que la ley es mala.", "El portavoz del PSOE"),
        ("it", "Il presidente della Regione ha detto che la legge è cattiva.", "Il presidente della Regione"),
    ],
)
def test_a_qualified_office_of_a_body(language: str, sentence: str, role: str) -> None:
    assert said(sentence, language) == [(None, role)]
