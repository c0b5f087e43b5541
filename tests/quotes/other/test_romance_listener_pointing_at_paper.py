"""Spanish, French, Italian, Portuguese: who was told between a verb of saying and its subject may be the paper that
reports, pointed at by a demonstrative or "our" ("indicó a este medio", "a confié à notre journal", "ha detto a
questo giornale", "disse a este jornal"): the noun after that word ends who was told, and the subject after it
speaks. Made-up sentences; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers


@pytest.mark.parametrize(
    ("language", "sentence", "name"),
    [
        (
            "es",
            "«Estamos trabajando sin descanso», indicó a este medio la directora del hospital, Laura Díaz.",
            "Laura Díaz",
        ),
        ("es", "«Faltan camas», dijo a este diario Laura Díaz.", "Laura Díaz"),
        ("es", "«Faltan camas», señaló a esta redacción el portavoz de Sanidad, Luis Mora.", "Luis Mora"),
        ("fr", "« Rien n'est décidé », a confié à notre journal le maire, Paul Girard.", "Paul Girard"),
        ("it", "«Serve più personale», ha detto a questo giornale il sindaco Marco Rossi.", "Marco Rossi"),
        ("pt", "«Não há razões para alarme», disse a este jornal o comandante dos bombeiros, Rui Costa.", "Rui Costa"),
    ],
)
def test_subject_after_the_paper_told_speaks(language: str, sentence: str, name: str) -> None:
    assert speakers(sentence, language) == [name]
