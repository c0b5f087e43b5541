"""Quotes in Malay, Ukrainian, Czech, Romanian and Tagalog: tables of reporting words
(cqnews.lexicon.quotes_latin_extra) read like the other Latin-script languages. Every sentence is made up."""

from __future__ import annotations

import pytest

from tests.quote_helpers import quotes_with_roles


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (
            "ms",
            'Perdana Menteri Anwar Ibrahim berkata: "Kerajaan tidak akan berkompromi."',
            ("direct", "Kerajaan tidak akan berkompromi.", "Anwar Ibrahim", "Perdana Menteri"),
        ),
        (
            "ms",
            '"Kerajaan tidak akan berkompromi," tegas Anwar Ibrahim.',
            ("direct", "Kerajaan tidak akan berkompromi,", "Anwar Ibrahim", None),
        ),
        (
            "ms",
            "Ahmad Faizal berkata bahawa projek itu akan siap tahun depan.",
            ("indirect", "projek itu akan siap tahun depan", "Ahmad Faizal", None),
        ),
        (
            "ms",
            "Jurucakap syarikat itu, Siti Aminah, memberitahu bahawa kilang akan dibuka semula.",
            ("indirect", "kilang akan dibuka semula", "Siti Aminah", "Jurucakap syarikat itu"),
        ),
        (
            "uk",
            "«Ми відремонтуємо міст до весни», — заявив міністр інфраструктури Олександр Кравець.",
            ("direct", "Ми відремонтуємо міст до весни", "Олександр Кравець", "міністр інфраструктури"),
        ),
        (
            "uk",
            "«Ми відремонтуємо міст до весни», — сказала мер міста Ірина Коваленко.",
            ("direct", "Ми відремонтуємо міст до весни", "Ірина Коваленко", "мер міста"),
        ),
        (
            "uk",
            "За словами міністра, міст відремонтують до весни.",
            ("indirect", "міст відремонтують до весни", None, "міністра"),
        ),
        (
            "uk",
            "Олександр Кравець заявив, що міст відремонтують до весни.",
            ("indirect", "міст відремонтують до весни", "Олександр Кравець", None),
        ),
        (
            "cs",
            "„Most opravíme do jara,“ řekl ministr dopravy Martin Kubát.",
            ("direct", "Most opravíme do jara,", "Martin Kubát", "ministr dopravy"),
        ),
        (
            "cs",
            "„Ceny energií letos neporostou,“ uvedla mluvčí ministerstva Jana Nováková.",
            ("direct", "Ceny energií letos neporostou,", "Jana Nováková", "mluvčí ministerstva"),
        ),
        (
            "cs",
            "Martin Kubát řekl, že most bude opraven do jara.",
            ("indirect", "most bude opraven do jara", "Martin Kubát", None),
        ),
        (
            "cs",
            "Starosta Petr Dvořák prohlásil: „Nikoho nenecháme bez pomoci.“",
            ("direct", "Nikoho nenecháme bez pomoci.", "Petr Dvořák", "Starosta"),
        ),
        (
            "cs",
            "Hejtmanka Alena Vondrová uvedla, že evakuace pokračuje.",
            ("indirect", "evakuace pokračuje", "Alena Vondrová", "Hejtmanka"),
        ),
        (
            "ro",
            "„Prețurile nu vor crește anul acesta”, a spus primarul Maria Ionescu.",
            ("direct", "Prețurile nu vor crește anul acesta", "Maria Ionescu", "primarul"),
        ),
        (
            "ro",
            "Potrivit lui Ion Popescu, podul va fi reparat până în primăvară.",
            ("indirect", "podul va fi reparat până în primăvară", "Ion Popescu", None),
        ),
        (
            "ro",
            "Ion Popescu a declarat că podul va fi reparat până în primăvară.",
            ("indirect", "podul va fi reparat până în primăvară", "Ion Popescu", None),
        ),
        (
            "ro",
            "Primarul Maria Ionescu a spus: „Nu vom lăsa pe nimeni fără ajutor.”",
            ("direct", "Nu vom lăsa pe nimeni fără ajutor.", "Maria Ionescu", "Primarul"),
        ),
        (
            "tl",
            '"Aayusin namin ang tulay bago ang tag-ulan," sabi ni Mayor Juan Dela Cruz.',
            ("direct", "Aayusin namin ang tulay bago ang tag-ulan,", "Juan Dela Cruz", "Mayor"),
        ),
        (
            "fil",
            '"Hindi tataas ang presyo ng bigas ngayong taon," ani Kalihim Maria Santos.',
            ("direct", "Hindi tataas ang presyo ng bigas ngayong taon,", "Maria Santos", "Kalihim"),
        ),
        (
            "tl",
            "Ayon kay Juan Dela Cruz, matatapos ang proyekto sa susunod na buwan.",
            ("indirect", "matatapos ang proyekto sa susunod na buwan", "Juan Dela Cruz", None),
        ),
        (
            "tl",
            "Sinabi ni Maria Santos na walang dapat ikabahala ang publiko.",
            ("indirect", "walang dapat ikabahala ang publiko", "Maria Santos", None),
        ),
    ],
)
def test_speakers_next_to_a_reporting_word(language: str, sentence: str, expected: tuple[str, ...]) -> None:
    assert quotes_with_roles(language, sentence) == [expected]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ms", "Pasukan bola sepak negeri menang 2-0 semalam."),
        ("uk", "Збірна України перемогла з рахунком 2:0."),
        ("cs", "Podle zákona musí řidiči nosit řidičský průkaz."),
        ("ro", "Conform legii, șoferii trebuie să aibă permisul asupra lor."),
        ("tl", "Nanalo ang koponan ng Pilipinas, 2-0."),
    ],
)
def test_no_report_without_speech(language: str, sentence: str) -> None:
    assert quotes_with_roles(language, sentence) == []
