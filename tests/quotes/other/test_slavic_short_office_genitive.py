"""Russian, Ukrainian, Polish, Czech: a short office word (under five letters: "мэр", "мер", "szef", "šéf") in the
genitive after a source word is an office ("По словам мэра Олега Смирнова, …" → Олега Смирнова, role мэра; before,
no report was read, as only longer offices were read in their other cases). A dative after a verb is whom it was
told, no role. Every sentence is made up in the shape of pages in no corpus; each expected value is read from its
sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        pytest.param(
            "По словам мэра Олега Смирнова, мост откроют в мае.", "ru", ("Олега Смирнова", "мэра"), id="ru-named"
        ),
        pytest.param("По словам мэра, мост откроют в мае.", "ru", (None, "мэра"), id="ru-unnamed"),
        pytest.param(
            "За словами мера Олега Коваля, міст відкриють у травні.", "uk", ("Олега Коваля", "мера"), id="uk-named"
        ),
        pytest.param(
            "«Мост откроют в мае», — сказал мэр Олег Смирнов.", "ru", ("Олег Смирнов", "мэр"), id="ru-nominative"
        ),
        pytest.param(
            "«Мост откроют в мае», — сказал мэру Олег Смирнов.", "ru", ("Олег Смирнов", None), id="ru-dative-told"
        ),
    ],
)
def test_short_office_in_the_genitive(sentence: str, language: str, expected: tuple[str | None, str | None]) -> None:
    assert said(sentence, language) == [expected]
