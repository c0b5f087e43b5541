"""Russian, Ukrainian (Session 64): a body's own name in quote marks after its legal form or its noun ("ООО
«Ромашка»", "компании «Ромашка»", "ТОВ «Зоря»") is no quote, and with the body the complement of an office before
its holder's name ("директор ООО «Ромашка» Иван Сидоров": the role "директор ООО «Ромашка»"; before, the name "ООО"
and a second quote «Ромашка»). Every sentence is made up in the shape of pages in no corpus; each expected value is
read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said, texts_in


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (
            "ru",
            "«Переговоры продолжатся», — сказал директор ООО «Ромашка» Иван Сидоров.",
            ("Иван Сидоров", "директор ООО «Ромашка»"),
        ),
        (
            "ru",
            "По словам директора ООО «Ромашка» Ивана Сидорова, переговоры продолжатся.",
            ("Ивана Сидорова", "директора ООО «Ромашка»"),
        ),
        (
            "ru",
            "«Цены вырастут», — сказал директор компании «Ромашка» Иван Сидоров.",
            ("Иван Сидоров", "директор компании «Ромашка»"),
        ),
        (
            "ru",
            "«Мы готовы», — сказал глава АО «Северная звезда» Олег Ветров.",
            ("Олег Ветров", "глава АО «Северная звезда»"),
        ),
        (
            "ru",
            "«Мы готовы», — сказал президент клуба «Сокол» Олег Ветров журналистам.",
            ("Олег Ветров", "президент клуба «Сокол»"),
        ),
        ("uk", "«Ми готові», — сказав директор ТОВ «Зоря» Олег Коваль.", ("Олег Коваль", "директор ТОВ «Зоря»")),
        ("ru", "«Цены вырастут», — сказал директор компании «Ромашка».", (None, "директор компании «Ромашка»")),
        ("ru", "«Цены вырастут», — сказал директор ООО «Ромашка».", (None, "директор ООО «Ромашка»")),
    ],
)
def test_a_quoted_body_name_after_an_office(language: str, sentence: str, expected: tuple[str | None, str]) -> None:
    assert said(sentence, language) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "«Переговоры продолжатся», — сказал директор ООО «Ромашка» Иван Сидоров.",
        "Директор ООО «Ромашка» Иван Сидоров сказал, что переговоры продолжатся.",
        "«Цены вырастут», — сказал директор компании «Ромашка».",
    ],
)
def test_the_quoted_body_name_is_no_quote(sentence: str) -> None:
    assert not any(text in ("Ромашка",) for text in texts_in(sentence, language="ru"))


def test_a_quote_after_a_lower_case_word_stays() -> None:
    """ "сказал «Мы готовы»": a verb of saying before the marks, speech (unchanged)."""
    assert texts_in("Иван Сидоров сказал: «Мы готовы ко всему».", language="ru") == ["Мы готовы ко всему"]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (
            "ru",
            "Директор ООО «Ромашка» Иван Сидоров сказал, что переговоры продолжатся.",
            ("Иван Сидоров", "Директор ООО «Ромашка»"),
        ),
        (
            "ru",
            "Вчера директор компании «Ромашка» Иван Сидоров заявил, что цены вырастут.",
            ("Иван Сидоров", "директор компании «Ромашка»"),
        ),
        (
            "ru",
            "Глава АО «Северная звезда» Олег Ветров сообщил, что завод откроют.",
            ("Олег Ветров", "Глава АО «Северная звезда»"),
        ),
        ("uk", "Директор ТОВ «Зоря» Олег Коваль сказав, що ціни зростуть.", ("Олег Коваль", "Директор ТОВ «Зоря»")),
    ],
)
def test_the_office_and_its_quoted_body_before_the_verb(
    language: str, sentence: str, expected: tuple[str, str]
) -> None:
    """Before, the name alone, no role."""
    assert said(sentence, language) == [expected]
