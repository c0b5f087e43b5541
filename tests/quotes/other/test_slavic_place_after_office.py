"""Russian, Ukrainian, Polish, Czech: a place's name in the genitive between an office and its holder's name is the
office's complement ("посол России Иван Петров" → Иван Петров, role "посол России"; before, the name "России Иван
Петров"); with nobody named after it the office speaks ("По словам президента России, …": before, the name
"России"). The places are CLDR's of one word (`lexicon.places_slavic`), read in the genitive by their endings
(`lexicon.genitives_latin.PLACE_GENITIVES_SLAVIC`). Every sentence is made up in the shape of pages in no corpus;
each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        pytest.param(
            "ru",
            "По словам министра России Ивана Петрова, переговоры продолжатся.",
            ("Ивана Петрова", "министра России"),
            id="ru-genitive-office",
        ),
        pytest.param(
            "ru",
            "«Переговоры продолжатся», — заявил посол России Иван Петров.",
            ("Иван Петров", "посол России"),
            id="ru-nominative-office",
        ),
        pytest.param(
            "ru",
            "По словам посла Франции Пьера Дюбуа, визы будут выданы.",
            ("Пьера Дюбуа", "посла Франции"),
            id="ru-ia",
        ),
        pytest.param(
            "ru",
            "По словам губернатора Москвы Ивана Петрова, дороги откроют.",
            ("Ивана Петрова", "губернатора Москвы"),
            id="ru-city",
        ),
        pytest.param(
            "ru",
            "«Переговоры продолжатся», — заявил министр иностранных дел России Сергей Волков.",
            ("Сергей Волков", "министр иностранных дел России"),
            id="ru-office-of-words",
        ),
        pytest.param(
            "ru",
            "По словам президента России, переговоры продолжатся.",
            (None, "президента России"),
            id="ru-nobody-named",
        ),
        pytest.param(
            "uk",
            "«Переговори триватимуть», — заявив посол України Іван Петренко.",
            ("Іван Петренко", "посол України"),
            id="uk",
        ),
        pytest.param(
            "pl",
            "Według ministra Polski Jana Kowalskiego, rozmowy będą kontynuowane.",
            ("Jana Kowalskiego", "ministra Polski"),
            id="pl-ska",
        ),
        pytest.param(
            "pl",
            '"Rozmowy będą kontynuowane" - powiedział ambasador Francji Pierre Dubois.',
            ("Pierre Dubois", "ambasador Francji"),
            id="pl-ja",
        ),
        pytest.param(
            "pl",
            "Według ambasadora Niemiec Hansa Müllera, rozmowy będą kontynuowane.",
            ("Hansa Müllera", "ambasadora Niemiec"),
            id="pl-irregular",
        ),
        pytest.param(
            "cs",
            "„Jednání budou pokračovat,“ řekl velvyslanec Francie Pierre Dubois.",
            ("Pierre Dubois", "velvyslanec Francie"),
            id="cs",
        ),
    ],
)
def test_the_place_is_the_office_s(language: str, sentence: str, expected: tuple[str | None, str]) -> None:
    assert said(sentence, language) == [expected]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        pytest.param(
            "ru",
            "По словам министра Ивана Петрова, переговоры продолжатся.",
            ("Ивана Петрова", "министра"),
            id="ru-name-right-after",
        ),
        pytest.param(
            "ru",
            "«Это важно», — сказал посол Роман Орлов.",
            ("Роман Орлов", "посол"),
            id="ru-given-name-no-place",
        ),
        pytest.param(
            "ru",
            "По словам министра Софии Петровой, переговоры продолжатся.",
            ("Софии Петровой", "министра"),
            id="ru-given-name-like-a-capital",
        ),
        pytest.param(
            "pl",
            '"Wygramy" - powiedział trener Kuba Nowak.',
            ("Kuba Nowak", "trener"),
            id="pl-kuba-is-jakub",
        ),
        pytest.param(
            "pl",
            "Według ministra Jana Kowalskiego, rozmowy będą kontynuowane.",
            ("Jana Kowalskiego", "ministra"),
            id="pl-name-right-after",
        ),
    ],
)
def test_a_name_right_after_the_office_stays(language: str, sentence: str, expected: tuple[str, str]) -> None:
    assert said(sentence, language) == [expected]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        pytest.param(
            "ru",
            "По словам губернатора Омской области Виталия Кравченко, дороги откроют.",
            ("Виталия Кравченко", "губернатора Омской области"),
            id="ru-genitive",
        ),
        pytest.param(
            "ru",
            "«Дороги откроют», — сказал губернатор Ханты-Мансийского автономного округа Руслан Кошелюк.",
            ("Руслан Кошелюк", "губернатор Ханты-Мансийского автономного округа"),
            id="ru-two-lower-case-words",
        ),
        pytest.param(
            "uk",
            "«Дороги відкриємо», — сказав голова Львівської області Максим Грабовський.",
            ("Максим Грабовський", "голова Львівської області"),
            id="uk",
        ),
        pytest.param(
            "cs",
            "„Silnice otevřeme,“ řekl hejtman Jihomoravského kraje Jan Novák.",
            ("Jan Novák", "hejtman Jihomoravského kraje"),
            id="cs",
        ),
        pytest.param(
            "ru",
            "«Дороги откроют», — сказал министр Жуковский журналистам Первого канала.",
            ("Жуковский", "министр"),
            id="ru-surname-of-the-same-ending",
        ),
        pytest.param(
            "pl",
            '"Drogi otworzymy" - powiedział minister Kowalski dziennikarzom TVN.',
            ("Kowalski", "minister"),
            id="pl-surname-of-the-same-ending",
        ),
    ],
)
def test_a_region_of_an_adjective_and_its_noun(language: str, sentence: str, expected: tuple[str, str]) -> None:
    """ "губернатора Омской области Виталия Кравченко": before, the name "Омской"."""
    assert said(sentence, language) == [expected]
