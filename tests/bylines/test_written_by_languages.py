"""'Written by' in more languages before a byline's names: made-up bylines."""

from __future__ import annotations

from cqnews.enrich.credits import authors_from_bylines


def test_written_by_in_finnish_slovak_slovene_and_croatian_is_no_part_of_the_name() -> None:
    assert authors_from_bylines(["Kirjoittanut Matti Virtanen"]) == ["Matti Virtanen"]
    assert authors_from_bylines(["Napísal Ján Kováč"]) == ["Ján Kováč"]
    assert authors_from_bylines(["Napisala Maja Novak"]) == ["Maja Novak"]
    assert authors_from_bylines(["Napisao Ivan Horvat"]) == ["Ivan Horvat"]


def test_the_hungarian_writer_label_names_the_writer() -> None:
    assert authors_from_bylines(["Írta: Kovács Anna"]) == ["Kovács Anna"]


def test_and_between_writers_in_czech_romanian_greek_lithuanian_and_indonesian() -> None:
    assert authors_from_bylines(["Autor: Jan Novák a Petr Dvořák"]) == ["Jan Novák", "Petr Dvořák"]
    assert authors_from_bylines(["Autor: Ion Popescu și Maria Ionescu"]) == ["Ion Popescu", "Maria Ionescu"]
    assert authors_from_bylines(["Συντάκτης: Γιώργος Παπαδόπουλος και Μαρία Νικολάου"]) == [
        "Γιώργος Παπαδόπουλος",
        "Μαρία Νικολάου",
    ]
    assert authors_from_bylines(["Autorius: Jonas Jonaitis ir Petras Petraitis"]) == ["Jonas Jonaitis", "Petras Petraitis"]
    assert authors_from_bylines(["Penulis: Budi Santoso dan Siti Aminah"]) == ["Budi Santoso", "Siti Aminah"]
