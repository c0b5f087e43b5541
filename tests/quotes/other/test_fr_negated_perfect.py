"""French: "ne … pas" or "ne … jamais" around the auxiliary of a verb of saying's passé composé ("Le maire n'a pas
dit que …", "Le préfet n’a jamais affirmé que …"): the negation is no part of the subject, the verb still a cue.
Made-up sentences; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import roles


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Le directeur n'a pas dit que le collège fermerait en juin.", "Le directeur"),
        ("La préfète n’a jamais affirmé que la route serait rouverte.", "La préfète"),
    ],
)
def test_negated_perfect_is_a_cue(sentence: str, role: str) -> None:
    assert roles(sentence, "fr") == [role]
