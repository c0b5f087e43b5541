"""A party's short name in brackets right after an office word ("le maire (LR) de la commune, Pierre
Vallet", "el alcalde (PP) de la localidad, Luis Vega") is stepped over: the office, its complement and the
name after it are read as without it. Made-up sentences; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("sentence", "language", "name", "role"),
    [
        (
            "« Nous allons reconstruire l'école », promet le maire (LR) de la commune, Pierre Vallet.",
            "fr",
            "Pierre Vallet",
            "le maire de la commune",
        ),
        (
            "« Nous allons reconstruire l'école », promet le maire (LR) Pierre Vallet.",
            "fr",
            "Pierre Vallet",
            "le maire",
        ),
        (
            "« Le texte est mauvais », juge le député (LFI) de la Somme, Claire Morel.",
            "fr",
            "Claire Morel",
            "le député de la Somme",
        ),
        (
            "«Vamos a reconstruir la escuela», prometió el alcalde (PP) de la localidad, Luis Vega.",
            "es",
            "Luis Vega",
            "el alcalde de la localidad",
        ),
    ],
)
def test_party_after_office_is_stepped_over(sentence: str, language: str, name: str, role: str) -> None:
    assert said(sentence, language) == [(name, role)]


def test_party_after_name_ends_the_phrase() -> None:
    assert said("« Nous allons reconstruire l'école », promet Pierre Vallet (LR).", "fr") == [("Pierre Vallet", None)]
