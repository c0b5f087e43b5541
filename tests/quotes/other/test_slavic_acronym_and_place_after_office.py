"""Russian, Ukrainian, Polish, Czech: a body's acronym and its country in the genitive between an office in lower
case and a name are the office's complement ("заявил глава МИД Китая Ван И" → Ван И, role "глава МИД Китая"; before,
the name "МИД Китая Ван И"). Every sentence is made up in the shape of pages in no corpus; each expected value is
read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        pytest.param(
            "ru",
            "«Мы готовы», — заявил глава МИД Китая Ван И на брифинге.",
            ("Ван И", "глава МИД Китая"),
            id="ru-short-name",
        ),
        pytest.param(
            "ru", "«Мы готовы», — заявил глава МИД России Сергей Волков.", ("Сергей Волков", "глава МИД России"), id="ru"
        ),
        pytest.param("ru", "«Мы готовы», — заявил глава МИД России.", (None, "глава МИД России"), id="ru-nobody-named"),
        pytest.param(
            "pl", "„Jesteśmy gotowi” – powiedział szef MSZ Niemiec Hans Weber.", ("Hans Weber", "szef MSZ Niemiec"), id="pl"
        ),
        pytest.param(
            "pl",
            "Według szefa MSZ Francji Jeana Dubois, rozmowy będą kontynuowane.",
            ("Jeana Dubois", "szefa MSZ Francji"),
            id="pl-source",
        ),
        pytest.param(
            "uk",
            "«Ми готові», — заявив голова МЗС України Андрій Коваль.",
            ("Андрій Коваль", "голова МЗС України"),
            id="uk",
        ),
        # unchanged: an acronym with no place after it
        pytest.param(
            "pl", "„Jesteśmy gotowi” – powiedział szef MSZ Radosław Wiśniewski.", ("Radosław Wiśniewski", "szef MSZ"), id="pl-acronym"
        ),
        pytest.param("ru", "«Мы готовы», — заявил глава МВД Игорь Петров.", ("Игорь Петров", "глава МВД"), id="ru-acronym"),
    ],
)
def test_acronym_and_place_after_office(language: str, sentence: str, expected: tuple[str | None, str | None]) -> None:
    assert said(sentence, language) == [expected]
