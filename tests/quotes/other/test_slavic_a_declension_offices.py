"""Russian, Ukrainian, Polish, Czech (Session 64): an office word of the -а declension in the genitive ("главы",
"судьи", "wojewody", "starosty", "předsedy") is the office after a source phrase ("По словам главы МИД Франции
Жана Дюпона, …"); before, the sentence gave no quote at all. The genitive only: a dative after the verb is whom it
was told. Every sentence is made up in the shape of pages in no corpus; each expected value is read from it."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (
            "ru",
            "По словам главы МИД Франции Жана Дюпона, переговоры продолжатся.",
            ("Жана Дюпона", "главы МИД Франции"),
        ),
        ("ru", "По словам главы региона Ивана Петрова, переговоры продолжатся.", ("Ивана Петрова", "главы региона")),
        ("ru", "По словам судьи Анны Орловой, дело закрыто.", ("Анны Орловой", "судьи")),
        ("ru", "По словам главы города, дороги откроют.", (None, "главы города")),
        ("pl", "Według wojewody Jana Nowaka budżet jest gotowy.", ("Jana Nowaka", "wojewody")),
        ("pl", "Zdaniem starosty Piotra Wilka budżet jest gotowy.", ("Piotra Wilka", "starosty")),
        ("uk", "За словами голови громади Олени Ткач, школи відкриють.", ("Олени Ткач", "голови громади")),
        ("cs", "Podle předsedy spolku Jana Dvořáka bude hala hotová.", ("Jana Dvořáka", "předsedy spolku")),
    ],
)
def test_an_a_declension_office_in_the_genitive(language: str, sentence: str, expected: tuple[str | None, str]) -> None:
    assert said(sentence, language) == [expected]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("ru", "«Дело закрыто», — сказала судья Анна Орлова.", ("Анна Орлова", "судья")),
        ("ru", "«Переговоры продолжатся», — заявил глава МИД Франции Жан Дюпон.", ("Жан Дюпон", "глава МИД Франции")),
        ("ru", "«Дороги откроют», — сказал мэру Иван Петров.", ("Иван Петров", None)),
        ("ru", "По словам Жана Дюпона, переговоры продолжатся.", ("Жана Дюпона", None)),
    ],
)
def test_nominative_and_dative_unchanged(language: str, sentence: str, expected: tuple[str, str | None]) -> None:
    assert said(sentence, language) == [expected]
