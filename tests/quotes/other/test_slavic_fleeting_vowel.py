"""A Slavic office word that drops a vowel before its case ending is still an office in the genitive ("По словам
посла …" from "посол", "Według posła …" from "poseł", "Według marszałka …" from "marszałek": before, no report
was found). Every sentence is made up in the shape of pages in no corpus; each expected value is read from its
sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        pytest.param(
            "По словам посла Ивана Петрова, переговоры продолжатся.",
            "ru",
            [("Ивана Петрова", "посла")],
            id="ru-posol-named",
        ),
        pytest.param("По словам посла, переговоры продолжатся.", "ru", [(None, "посла")], id="ru-posol-alone"),
        pytest.param(
            "Według posła Jana Kowalskiego, droga zostanie otwarta.",
            "pl",
            [("Jana Kowalskiego", "posła")],
            id="pl-posel",
        ),
        pytest.param(
            "Według marszałka Jana Kowalskiego, droga zostanie otwarta.",
            "pl",
            [("Jana Kowalskiego", "marszałka")],
            id="pl-marszalek",
        ),
        # where it does not fire: no office's stem
        pytest.param("По словам послов, переговоры продолжатся.", "ru", [], id="ru-plural-unread"),
        pytest.param(
            "По словам Ивана Петрова, переговоры продолжатся.",
            "ru",
            [("Ивана Петрова", None)],
            id="ru-name-alone",
        ),
    ],
)
def test_slavic_fleeting_vowel(sentence: str, language: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert said(sentence, language) == expected
