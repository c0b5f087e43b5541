"""Dutch: a surname's particle follows given names only; after a surname, "van" opens the body or place the person is
from ("zei trainer Arne Sloof van Feyenoord" → Arne Sloof; before, the name "Arne Sloof van Feyenoord", and "Jan
Jansen van PSV." with its full stop). Every sentence is made up in the shape of pages in no corpus; each expected
value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param('"We zijn klaar", zei trainer Arne Sloof van Feyenoord.', ("Arne Sloof", "trainer"), id="club"),
        pytest.param('"We zijn klaar", zei Jan Jansen van PSV.', ("Jan Jansen", None), id="acronym"),
        pytest.param('"We zijn klaar", zei Mark Rutter van de VVD.', ("Mark Rutter", None), id="party"),
        pytest.param(
            '"We zijn klaar", zei directeur Sanne Bakker van de Rabobank.', ("Sanne Bakker", "directeur"), id="bank"
        ),
        pytest.param('"We zijn klaar", aldus Jan Jansen van PSV.', ("Jan Jansen", None), id="aldus"),
        pytest.param('"We zijn klaar", zei Kees Hoek van het ziekenhuis.', ("Kees Hoek", None), id="lower-case-body"),
        # a particle after given names stays in the name
        pytest.param('"We zijn klaar", zei Jan Peter van Dijk.', ("Jan Peter van Dijk", None), id="two-given-names"),
        pytest.param('"We zijn klaar", zei Anne-Marie van der Berg.', ("Anne-Marie van der Berg", None), id="hyphen"),
        pytest.param('"We zijn klaar", zei Pieter van den Hoogeveen.', ("Pieter van den Hoogeveen", None), id="van-den"),
        pytest.param('"We zijn klaar", zei Luuk de Jong.', ("Luuk de Jong", None), id="de"),
    ],
)
def test_particle_after_surname(sentence: str, expected: tuple[str | None, str | None]) -> None:
    assert said(sentence, "nl") == [expected]
