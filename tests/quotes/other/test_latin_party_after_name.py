"""Latin-script languages (Session 64): a party or a club in capitals after a name and a particle or two, before the
verb, is no part of the name ("Juan Pérez del PSOE dijo que …": before, the name "Juan Pérez del PSOE"). An office
of the party keeps it in its description ("El portavoz del PSOE"). Every sentence is made up in the shape of pages
in no corpus; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("nl", "Jan Jansen van PSV zei dat de wedstrijd zwaar was.", ("Jan Jansen", None)),
        ("nl", "Kees de Jong van de VVD zei dat de wedstrijd zwaar was.", ("Kees de Jong", None)),
        ("es", "Juan Pérez del PSOE dijo que la ley es mala.", ("Juan Pérez", None)),
        ("fr", "Paul Roy de la CGT a dit que la loi est mauvaise.", ("Paul Roy", None)),
        ("de", "Anna Berg von der SPD sagte, das Gesetz sei schlecht.", ("Anna Berg", None)),
        ("it", "Marco Rossi del PD ha detto che la legge è cattiva.", ("Marco Rossi", None)),
    ],
)
def test_a_party_after_the_name(language: str, sentence: str, expected: tuple[str, None]) -> None:
    assert said(sentence, language) == [expected]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("es", "El portavoz del PSOE dijo que la ley es mala.", (None, "El portavoz del PSOE")),
        ("es", "Un dirigente del PP dijo que la ley es mala.", (None, "Un dirigente del PP")),
        ("fr", "Le porte-parole du PS a dit que la loi est mauvaise.", (None, "Le porte-parole du PS")),
        ("nl", "De woordvoerder van de NS zei dat de treinen rijden.", (None, "De woordvoerder van de NS")),
        ("nl", "Jan van Dijk zei dat de wedstrijd zwaar was.", ("Jan van Dijk", None)),
    ],
)
def test_an_office_of_the_party_unchanged(
    language: str, sentence: str, expected: tuple[str | None, str | None]
) -> None:
    assert said(sentence, language) == [expected]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("de", "Der Sprecher der SPD sagte, die Kasse sei leer.", (None, "Der Sprecher der SPD")),
        ("de", "Die Chefin der FDP sagte, die Kasse sei leer.", (None, "Die Chefin der FDP")),
    ],
)
def test_a_german_office_and_its_party(language: str, sentence: str, expected: tuple[None, str]) -> None:
    """A capitalised German office before an article and the party: unchanged (the article is no particle)."""
    assert said(sentence, language) == [expected]
