"""A Romance subject set off from its verb of saying by a relative clause between commas ("Le maire, qui était sur
place, a déclaré que …", "El director del hospital, quien atendió a la prensa, indicó que …"): the phrase opening
the sentence, before the relative's comma, speaks. Made-up sentences; each expected value is read from its
sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (
            "fr",
            "Le président du conseil départemental, qui s'exprimait lundi, a assuré que le collège serait rénové.",
            [("le collège serait rénové", None, "Le président du conseil départemental")],
        ),
        (
            "fr",
            "Marie Dubois, qui habite la rue depuis vingt ans, raconte que le bruit est permanent.",
            [("le bruit est permanent", "Marie Dubois", None)],
        ),
        (
            "fr",
            "Le maire, qui était présent sur place, a déclaré que la route resterait fermée.",
            [("la route resterait fermée", None, "Le maire")],
        ),
        (
            "es",
            "El director del hospital, quien atendió a la prensa, indicó que los heridos están estables.",
            [("los heridos están estables", None, "El director del hospital")],
        ),
    ],
)
def test_subject_before_relative_speaks(
    language: str, sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert text_said_in(sentence, language=language) == expected


def test_verb_opening_the_sentence_keeps_no_subject() -> None:
    sentence = "Ha añadido que las obras, que empezaron en enero, terminarán en mayo."
    assert [who for _, who, _ in text_said_in(sentence, language="es")] == [None]
