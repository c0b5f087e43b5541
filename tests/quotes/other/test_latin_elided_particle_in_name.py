"""French: an elided particle written with a capitalised name goes on the name ("a déclaré Charles d'Armont" →
Charles d'Armont; before, "Charles"). Every sentence is made up in the shape of pages in no corpus; each expected
value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("« Nous sommes prêts », a déclaré Charles d'Armont.", ("Charles d'Armont", None), id="after-verb"),
        pytest.param(
            "« Nous sommes prêts », a ajouté Jeanne d'Aubigné, maire de la commune.",
            ("Jeanne d'Aubigné", "maire de la commune"),
            id="apposed-office",
        ),
        # unchanged: a lower-case word after "d'" is no name
        pytest.param("« Nous sommes prêts », a déclaré Jean de La Tour.", ("Jean de La Tour", None), id="de-la"),
    ],
)
def test_elided_particle_in_name(sentence: str, expected: tuple[str | None, str | None]) -> None:
    assert said(sentence, "fr") == [expected]
