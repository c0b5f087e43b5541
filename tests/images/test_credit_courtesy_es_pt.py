"""A Latin American local body ("Alcaldía de …", "Municipalidad de …") is an organisation, not a person. Made-up
captions (Session 60)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_ES = "Obreros reparan el puente de la avenida central este martes."


@pytest.mark.parametrize(
    ("credit", "name", "organization"),
    [
        ("Foto: Alcaldía de Villaverde", None, "Alcaldía de Villaverde"),
        ("Foto: Municipalidad de San Isidro", None, "Municipalidad de San Isidro"),
    ],
)
def test_local_bodies(credit: str, name: str | None, organization: str | None) -> None:
    assert caption_and_credits(f"{_ES} {credit}") == (_ES, [(name, organization, credit)])
