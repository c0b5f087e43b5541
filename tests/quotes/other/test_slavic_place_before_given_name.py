"""Russian, Ukrainian, Polish, Czech (Session 64): an office's complement of a place the tables lack, between the
office and its holder's name. A place of two words opened by an adjective of direction or "new" ("посол Южной
Кореи Ким Мин Су", "ambasador Nowej Zelandii …"), and, in Polish and Russian, a capitalised word that is no given
name before a given name and a surname ("burmistrz Gdańska Jan Nowak", "мэр Казани Иван Петров"); before, the place
opened the name ("Gdańska Jan Nowak"). Also before the verb ("Посол России Иван Петров заявил, что …": before,
the name "России Иван Петров"). A surname written first, as official lists do ("мэр Петров Иван Сергеевич"), is
still the name. Every sentence is made up in the shape of pages in no corpus; each expected value is read from its
sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("pl", "„Budżet jest gotowy” – powiedział burmistrz Gdańska Jan Nowak.", ("Jan Nowak", "burmistrz Gdańska")),
        (
            "pl",
            "„Most otworzymy” – powiedział prezydent Bydgoszczy Tomasz Kulesza.",
            ("Tomasz Kulesza", "prezydent Bydgoszczy"),
        ),
        ("pl", "„Szkoły są gotowe” – powiedziała wójt Kłodawy Agnieszka Lis.", ("Agnieszka Lis", "wójt Kłodawy")),
        ("ru", "«Дороги откроют», — сказал мэр Казани Иван Петров.", ("Иван Петров", "мэр Казани")),
        ("ru", "«Мост достроят», — заявил губернатор Тулы Дмитрий Орехов.", ("Дмитрий Орехов", "губернатор Тулы")),
        ("ru", "По словам мэра Самары Натальи Зуевой, дороги откроют.", ("Натальи Зуевой", "мэра Самары")),
        ("ru", "«Переговоры продолжатся», — заявил посол Южной Кореи Ким Мин Су.", ("Ким Мин Су", "посол Южной Кореи")),
        ("ru", "По словам посла Новой Зеландии Анны Смит, визы выдадут.", ("Анны Смит", "посла Новой Зеландии")),
        (
            "ru",
            "«Мы готовы», — сказал министр Северной Македонии Горан Стоев.",
            ("Горан Стоев", "министр Северной Македонии"),
        ),
        (
            "pl",
            "„Jesteśmy gotowi” – powiedział ambasador Nowej Zelandii Adam Kowalski.",
            ("Adam Kowalski", "ambasador Nowej Zelandii"),
        ),
        ("uk", "«Ми готові», — сказав посол Південної Кореї Кім Мін Су.", ("Кім Мін Су", "посол Південної Кореї")),
    ],
)
def test_a_place_the_tables_lack_after_an_office(language: str, sentence: str, expected: tuple[str, str]) -> None:
    assert said(sentence, language) == [expected]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("ru", "Посол России Иван Петров заявил, что визы выдадут.", ("Иван Петров", "Посол России")),
        ("ru", "В пятницу мэр Казани Иван Петров заявил, что дороги откроют.", ("Иван Петров", "мэр Казани")),
        ("ru", "Посол Южной Кореи Ким Мин Су заявил, что визы выдадут.", ("Ким Мин Су", "Посол Южной Кореи")),
        (
            "pl",
            "W piątek burmistrz Gdańska Jan Nowak powiedział, że budżet jest gotowy.",
            ("Jan Nowak", "burmistrz Gdańska"),
        ),
        (
            "pl",
            "Ambasador Francji Pierre Dubois powiedział, że wizy zostaną wydane.",
            ("Pierre Dubois", "Ambasador Francji"),
        ),
    ],
)
def test_the_office_and_its_place_before_the_verb(language: str, sentence: str, expected: tuple[str, str]) -> None:
    assert said(sentence, language) == [expected]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("ru", "«Дороги откроют», — сказал мэр Петров Иван Сергеевич.", ("Петров Иван Сергеевич", "мэр")),
        ("ru", "«Дороги откроют», — сказал мэр Иван Петров.", ("Иван Петров", "мэр")),
        ("ru", "«Мы готовы», — сказал губернатор Дмитрий Волков.", ("Дмитрий Волков", "губернатор")),
        ("ru", "Министр Сергей Лавров заявил, что переговоры продолжатся.", ("Сергей Лавров", "Министр")),
        ("ru", "В пятницу мэр Иван Петров заявил, что дороги откроют.", ("Иван Петров", "мэр")),
        ("ru", "Мэр Петров Иван Сергеевич заявил, что дороги откроют.", ("Петров Иван Сергеевич", "Мэр")),
        ("pl", "„Jesteśmy gotowi” – powiedziała prezes Kowalska Anna Maria.", ("Kowalska Anna Maria", "prezes")),
        ("pl", "„Jesteśmy gotowi” – powiedział prezydent Andrzej Duda.", ("Andrzej Duda", "prezydent")),
        ("pl", "Minister Jan Nowak powiedział, że budżet jest gotowy.", ("Jan Nowak", "Minister")),
        ("es", "El alcalde Juan Pérez dijo que el presupuesto está listo.", ("Juan Pérez", "El alcalde")),
    ],
)
def test_no_place_where_the_name_follows_the_office(language: str, sentence: str, expected: tuple[str, str]) -> None:
    """A surname first, a given name right after the office, another language: unchanged."""
    assert said(sentence, language) == [expected]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("ru", "По словам главы Минфина Ивана Петрова, переговоры продолжатся.", ("Ивана Петрова", "главы Минфина")),
        ("ru", "По словам мэра Казани Андрея Белкина, дороги откроют.", ("Андрея Белкина", "мэра Казани")),
        ("ru", "По словам мэра Казани Натальи Зуевой, дороги откроют.", ("Натальи Зуевой", "мэра Казани")),
        ("pl", "Według burmistrza Gdańska Jana Nowaka budżet jest gotowy.", ("Jana Nowaka", "burmistrza Gdańska")),
        ("pl", "Według burmistrza Gdańska Pawła Wilka budżet jest gotowy.", ("Pawła Wilka", "burmistrza Gdańska")),
        # a surname written first stays the name
        ("ru", "По словам мэра Петрова Ивана Сергеевича, дороги откроют.", ("Петрова Ивана Сергеевича", "мэра")),
        ("ru", "По словам мэра Ивановой Анны Петровны, дороги откроют.", ("Ивановой Анны Петровны", "мэра")),
        ("pl", "Według prezes Kowalskiej Anny Marii budżet jest gotowy.", ("Kowalskiej Anny Marii", "prezes")),
        ("pl", "Według burmistrza Jana Nowaka budżet jest gotowy.", ("Jana Nowaka", "burmistrza")),
    ],
)
def test_a_given_name_in_the_genitive(language: str, sentence: str, expected: tuple[str, str]) -> None:
    """ "По словам главы Минфина Ивана Петрова": the given name in the genitive ("Ивана" of "Иван"); before, the name
    "Минфина Ивана Петрова"."""
    assert said(sentence, language) == [expected]
