"""Swedish, Norwegian, Danish: a name in the genitive "-s" before an office in lower case is the office's owner, part
of the role, and the name after the office speaks ("säger Sveriges statsminister Ulf Lindqvist" → Ulf
Lindqvist, role "Sveriges statsminister"; before, the speaker "Sveriges"). Every sentence is made up in the shape
of pages in no corpus; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        pytest.param(
            "sv",
            '"Vi är redo", säger Sveriges statsminister Ulf Lindqvist.',
            ("Ulf Lindqvist", "Sveriges statsminister"),
            id="sv",
        ),
        pytest.param(
            "sv",
            "– Vi är redo, säger Sveriges statsminister Ulf Lindqvist.",
            ("Ulf Lindqvist", "Sveriges statsminister"),
            id="sv-dash",
        ),
        pytest.param(
            "no",
            '"Vi er klare", sier Norges statsminister Jonas Dahl Hovland.',
            ("Jonas Dahl Hovland", "Norges statsminister"),
            id="no",
        ),
        pytest.param(
            "da",
            '"Vi er klar", siger Danmarks statsminister Mette Frandsen.',
            ("Mette Frandsen", "Danmarks statsminister"),
            id="da",
        ),
        pytest.param(
            "no",
            '"Vi er klare", sier Oslos ordfører Marit Bakken.',
            ("Marit Bakken", "Oslos ordfører"),
            id="no-city",
        ),
        pytest.param(
            "sv", '"Vi är redo", säger Sveriges statsminister.', (None, "Sveriges statsminister"), id="nobody-named"
        ),
        pytest.param("sv", '"Vi är redo", säger Jonas Berg.', ("Jonas Berg", None), id="given-name-in-s"),
        pytest.param("da", '"Vi er klar", siger Nicolas Jensen.', ("Nicolas Jensen", None), id="da-given-name-in-s"),
    ],
)
def test_the_owner_is_part_of_the_role(language: str, sentence: str, expected: tuple[str | None, str | None]) -> None:
    assert said(sentence, language) == [expected]
