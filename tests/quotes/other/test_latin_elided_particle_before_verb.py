"""French, Italian (Session 64): an elided "d'" before a capitalised name goes on the name before the verb, after a
capitalised name word ("Charles d'Armont a déclaré que …": before, no speaker). After an office or a noun in lower
case it stays the office's complement ("Le directeur d'Airbus a déclaré …"), and "l'" is no particle ("L'Élysée").
Every sentence is made up in the shape of pages in no corpus; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("fr", "Charles d'Armont a déclaré que le projet était prêt.", ("Charles d'Armont", None)),
        ("fr", "Charles d’Armont a déclaré que le projet était prêt.", ("Charles d’Armont", None)),
        ("fr", "Lundi, Hélène d'Orval a expliqué que la route serait fermée.", ("Hélène d'Orval", None)),
        ("fr", "Valérie Aubert d'Estienne a affirmé que le club restait.", ("Valérie Aubert d'Estienne", None)),
        ("fr", "Le maire, Charles d'Armont, a déclaré que le projet était prêt.", ("Charles d'Armont", "Le maire")),
        ("it", "Marco d'Amico ha detto che il progetto è pronto.", ("Marco d'Amico", None)),
    ],
)
def test_an_elided_particle_in_the_name_before_the_verb(
    language: str, sentence: str, expected: tuple[str, str | None]
) -> None:
    assert said(sentence, language) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le directeur d'Airbus a déclaré que le projet était prêt.", (None, "Le directeur d'Airbus")),
        ("Le patron d'Orange a déclaré que le projet était prêt.", (None, "Le patron d'Orange")),
        ("Le groupe d'Armor a déclaré que le projet était prêt.", (None, "Le groupe d'Armor")),
        ("L'Élysée a déclaré que le projet était prêt.", ("L'Élysée", None)),
        ("La maire Jeanne d'Aubigné a déclaré que le projet était prêt.", ("Jeanne d'Aubigné", "La maire")),
    ],
)
def test_after_a_lower_case_word_it_is_no_name(sentence: str, expected: tuple[str | None, str | None]) -> None:
    assert said(sentence, "fr") == [expected]
