"""Common given names of Polish and Russian speakers (Session 64) tell the sex, and in their language's own table
("Jan" is a man in Polish, a woman in English). Russian names are read as the folding leaves them ("Андрей" ->
"андреи", "Фёдор" -> "федор"). Names that are also common nouns ("Вера", "Надежда", "Любовь", "Роман") are no
given names. Made-up names."""

from __future__ import annotations

import pytest

from cqnews.enrich.speakers.given_names import given_name_gender, given_names_of
from cqnews.lexicon.given_names_latin import GIVEN_NAME_GENDERS


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Grzegorz Wilczek", "m"),
        ("Małgorzata Zawadzka", "f"),
        ("Łukasz Piątek", "m"),
        ("Grażyna Kołodziej", "f"),
        ("Przemysław Dąbek", "m"),
        ("Elżbieta Sroka", "f"),
        ("Дмитрий Ломов", "m"),
        ("Наталья Гусева", "f"),
        ("Андрей Белкин", "m"),
        ("Фёдор Шубин", "m"),
        ("Алёна Кравец", "f"),
        ("Ксения Рябова", "f"),
    ],
)
def test_polish_and_russian_given_names_tell_the_sex(name: str, gender: str) -> None:
    assert given_name_gender(name) == gender


@pytest.mark.parametrize("name", ["Вера", "Надежда", "Любовь", "Роман", "Roman"])
def test_given_names_that_are_common_nouns_are_left_out(name: str) -> None:
    """ "Любовь к музыке …", "Roman Tołstoja …": a sentence opening with the noun names no one."""
    assert given_name_gender(name) is None


def test_jan_is_a_man_in_polish() -> None:
    with given_names_of(GIVEN_NAME_GENDERS["pl"]):
        assert given_name_gender("Jan Wróblewski") == "m"
