"""An office in lower case with no article, then an acronym of its body and a name of two words (Polish "szef MSZ
Radosław Sikorski", Russian "глава МИД Сергей Лавров"): the acronym is the office's, part of the role, never of the
name (before, the name "MSZ Radosław Sikorski", role "szef"), as "Kepala Dinas PU Budi Santoso" was read. Every
sentence is made up in the shape of pages in no corpus; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        pytest.param(
            '"Rozmowy trwają", powiedział szef MSZ Radosław Sikorski.',
            "pl",
            ("Radosław Sikorski", "szef MSZ"),
            id="pl-after-the-verb",
        ),
        pytest.param(
            "Według szefa MSZ Radosława Sikorskiego, rozmowy trwają.",
            "pl",
            ("Radosława Sikorskiego", "szefa MSZ"),
            id="pl-source-genitive",
        ),
        pytest.param(
            "«Переговоры идут», — сказал глава МИД Сергей Лавров.",
            "ru",
            ("Сергей Лавров", "глава МИД"),
            id="ru-after-the-verb",
        ),
    ],
)
def test_the_acronym_is_the_office_s(sentence: str, language: str, expected: tuple[str, str]) -> None:
    assert said(sentence, language) == [expected]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        pytest.param(
            '"Kami lanjutkan," kata Kepala Dinas PU Budi Santoso.',
            "id",
            ("Budi Santoso", "Kepala Dinas PU"),
            id="id-as-before",
        ),
        pytest.param(
            "« Nous avançons », a dit le député RN Jean Moulin.", "fr", ("Jean Moulin", "le député RN"), id="fr-party"
        ),
        pytest.param('"We gaan door", zei minister Hugo de Jonge.', "nl", ("Hugo de Jonge", "minister"), id="nl-no-acronym"),
    ],
)
def test_other_offices_read_as_before(sentence: str, language: str, expected: tuple[str, str]) -> None:
    assert said(sentence, language) == [expected]
