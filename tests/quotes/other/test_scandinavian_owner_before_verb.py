"""Swedish, Norwegian, Danish: a name in the genitive "-s" before an office in lower case, then a name and the verb
of saying: the owner is part of the role ("Sveriges statsminister Ulf Kristersson säger att …" → role "Sveriges
statsminister"; before, "statsminister"), as it is after the verb. A given name in "-s" owns nothing. Every sentence
is made up in the shape of pages in no corpus; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        pytest.param(
            "sv",
            "Sveriges statsminister Ulf Kristersson säger att regeringen är redo.",
            ("Ulf Kristersson", "Sveriges statsminister"),
            id="sv",
        ),
        pytest.param(
            "no",
            "Norges statsminister Jonas Gahr Støre sier at regjeringen er klar.",
            ("Jonas Gahr Støre", "Norges statsminister"),
            id="no",
        ),
        pytest.param(
            "da",
            "Danmarks statsminister Mette Frederiksen siger, at regeringen er klar.",
            ("Mette Frederiksen", "Danmarks statsminister"),
            id="da",
        ),
        pytest.param(
            "no", "Oslos ordfører Marianne Borgen sier at byen er klar.", ("Marianne Borgen", "Oslos ordfører"), id="city"
        ),
        pytest.param("sv", "Volvos vd Jim Rowan säger att bolaget är redo.", ("Jim Rowan", "Volvos vd"), id="company"),
        # unchanged: no owner, a capitalised office opening the sentence
        pytest.param(
            "sv", "Statsminister Ulf Kristersson säger att regeringen är redo.", ("Ulf Kristersson", "Statsminister"), id="bare"
        ),
        pytest.param("sv", "Ulf Kristersson säger att regeringen är redo.", ("Ulf Kristersson", None), id="name"),
    ],
)
def test_owner_before_verb(language: str, sentence: str, expected: tuple[str | None, str | None]) -> None:
    assert said(sentence, language) == [expected]
