"""A Romance office whose complement is written in lower case (an office it serves, "au maire"; a field, "aux
sports", "allo sport", "de esportes"), then the name set off by a comma after a verb of saying ("« … », a expliqué
l'adjointe au maire, Nathalie Roux."): the name speaks, the office and its complement are the role. Made-up
sentences; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (
            "fr",
            "« Nous allons rouvrir la salle en septembre », a expliqué l'adjointe au maire, Nathalie Roux.",
            [("Nous allons rouvrir la salle en septembre", "Nathalie Roux", "l'adjointe au maire")],
        ),
        (
            "fr",
            "« Le terrain sera prêt en mars », a précisé l'adjoint aux sports, Julien Morel.",
            [("Le terrain sera prêt en mars", "Julien Morel", "l'adjoint aux sports")],
        ),
        (
            "it",
            "«Riapriremo la palestra a ottobre», ha spiegato l'assessore allo sport, Marco Neri.",
            [("Riapriremo la palestra a ottobre", "Marco Neri", "l'assessore allo sport")],
        ),
    ],
)
def test_office_lower_complement_then_name(
    language: str, sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert text_said_in(sentence, language=language) == expected


def test_listener_then_time_is_no_name() -> None:
    sentence = "« Nous rouvrirons la salle », a déclaré le maire aux habitants, lundi soir."
    assert text_said_in(sentence, language="fr") == [("Nous rouvrirons la salle", None, "le maire")]
