"""A capitalised office word after a particle inside the name after an office's complement is a surname, not an
office ("le ministre de l'Économie Paul Le Maire" → Paul Le Maire, role "le ministre de l'Économie"; before, the
whole phrase as a role with nobody named, or the name with no role before the verb). Every sentence is made up in the
shape of pages in no corpus; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        pytest.param(
            "fr",
            "« Nous sommes prêts », a déclaré le ministre de l'Économie Paul Le Maire.",
            ("Paul Le Maire", "le ministre de l'Économie"),
            id="fr-after-verb",
        ),
        pytest.param(
            "fr",
            "Le ministre de l'Économie Paul Le Maire a déclaré que la croissance reprendra.",
            ("Paul Le Maire", "Le ministre de l'Économie"),
            id="fr-before-verb",
        ),
        pytest.param(
            "nl",
            '"We zijn klaar", zei minister van Financiën Jan de Burgemeester.',
            ("Jan de Burgemeester", "minister van Financiën"),
            id="nl",
        ),
        # unchanged: no particle before the office word, no office before the name
        pytest.param("fr", "« Nous sommes prêts », a déclaré Paul Le Maire.", ("Paul Le Maire", None), id="fr-name"),
        pytest.param(
            "fr",
            "« Nous sommes prêts », a déclaré le maire de Brest Anne Le Bihan.",
            ("Anne Le Bihan", "le maire de Brest"),
            id="fr-no-office-in-name",
        ),
    ],
)
def test_office_word_as_surname(language: str, sentence: str, expected: tuple[str | None, str | None]) -> None:
    assert said(sentence, language) == [expected]
