"""Spanish pronominal verbs of saying after a quote ("«…», se queja la vecina", "se lamentó el alcalde", "se
pregunta el concejal"): the pronoun is part of the cue, the subject after it speaks (before, "se" made the verb
impersonal, "se dice que", and the quote had no speaker). Made-up sentences; each expected value is read from its
sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        pytest.param(
            "«No podemos dormir por las noches», se queja Marta Solís, vecina de la calle.",
            ("Marta Solís", "vecina de la calle"),
            id="present",
        ),
        pytest.param(
            "«Nadie nos ha avisado de nada», se lamentó el presidente de la asociación.",
            (None, "el presidente de la asociación"),
            id="preterite",
        ),
        pytest.param("«¿Quién va a pagar todo esto?», se pregunta el concejal.", (None, "el concejal"), id="question"),
    ],
)
def test_a_pronominal_verb_after_a_quote_names_its_subject(
    sentence: str, speaker: tuple[str | None, str | None]
) -> None:
    assert said(sentence, "es") == [speaker]


def test_se_before_another_verb_of_saying_stays_impersonal() -> None:
    assert said("Se dice que el alcalde dimitirá pronto, aunque nadie lo ha confirmado.", "es") == []
