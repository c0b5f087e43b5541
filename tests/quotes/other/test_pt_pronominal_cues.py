"""Portuguese: pronominal verbs of saying after a quote, the pronoun joined to the verb by a hyphen ("«…», queixa-se
Ana Duarte", "queixou-se", "congratulou-se o presidente da câmara", "lamentou-se", "questionou-se a vereadora"), are
cues with their pronoun: the subject after them speaks. Made-up sentences; each expected value is read from its
sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("«Ninguém nos avisou», queixa-se Ana Duarte.", "Ana Duarte", None),
        ("«Ninguém nos avisou», queixou-se Ana Duarte.", "Ana Duarte", None),
        (
            "«Foi uma vitória», congratulou-se o presidente da câmara, Rui Moreira.",
            "Rui Moreira",
            "o presidente da câmara",
        ),
        ("«É inaceitável», lamentou-se Ana Duarte.", "Ana Duarte", None),
        ("«Onde está o dinheiro?», questionou-se a vereadora Rita Lopes.", "Rita Lopes", "a vereadora"),
    ],
)
def test_subject_after_pronominal_cue_speaks(sentence: str, name: str, role: str | None) -> None:
    assert said(sentence, "pt") == [(name, role)]
