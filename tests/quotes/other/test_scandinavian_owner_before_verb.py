"""Swedish, Norwegian, Danish: a name in the genitive "-s" before an office in lower case, then a name and the verb
of saying: the owner is part of the role ("Sveriges statsminister Ulf Lindqvist säger att …" → role "Sveriges
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
            "Sveriges statsminister Ulf Lindqvist säger att regeringen är redo.",
            ("Ulf Lindqvist", "Sveriges statsminister"),
            id="sv",
        ),
        pytest.param(
            "no",
            "Norges statsminister Jonas Dahl Hovland sier at regjeringen er klar.",
            ("Jonas Dahl Hovland", "Norges statsminister"),
            id="no",
        ),
        pytest.param(
            "da",
            "Danmarks statsminister Mette Frandsen siger, at regeringen er klar.",
            ("Mette Frandsen", "Danmarks statsminister"),
            id="da",
        ),
        pytest.param(
            "no", "Oslos ordfører Marit Bakken sier at byen er klar.", ("Marit Bakken", "Oslos ordfører"), id="city"
        ),
        pytest.param("sv", "Volvos vd Jim Rowan säger att bolaget är redo.", ("Jim Rowan", "Volvos vd"), id="company"),
        # unchanged: no owner, a capitalised office opening the sentence
        pytest.param(
            "sv", "Statsminister Ulf Lindqvist säger att regeringen är redo.", ("Ulf Lindqvist", "Statsminister"), id="bare"
        ),
        pytest.param("sv", "Ulf Lindqvist säger att regeringen är redo.", ("Ulf Lindqvist", None), id="name"),
    ],
)
def test_owner_before_verb(language: str, sentence: str, expected: tuple[str | None, str | None]) -> None:
    assert said(sentence, language) == [expected]
