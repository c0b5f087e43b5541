"""A by-word before agencies, and the word for "on" before a date after the names: made-up byline lines."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import authors_from_bylines


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Von dpa und AFP", ["dpa", "AFP"]),
        ("Von dpa, Reuters", ["dpa", "Reuters"]),
        ("Von dpa/AFP", ["dpa", "AFP"]),
        ("Por efe y Europa Press", ["EFE", "Europa Press"]),
    ],
)
def test_a_by_word_before_a_lower_case_agency_and_more_names_keeps_every_agency(line: str, expected: list[str]) -> None:
    # "Von dpa und AFP": the by-word went only before one word alone, so "Von dpa" stayed a part and dpa was lost
    assert authors_from_bylines([line]) == expected


@pytest.mark.parametrize("line", ["Di Maio", "di Maio e Salvini", "von oben und Unten"])
def test_a_lower_case_word_after_a_by_word_is_still_no_name_by_itself(line: str) -> None:
    assert authors_from_bylines([line]) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Von Anna Roe am 12.03.2024", ["Anna Roe"]),
        ("Von Anna Roe am 12. März 2024", ["Anna Roe"]),
        ("Von Anna Roe und Kari Lund am 12.03.2024", ["Anna Roe", "Kari Lund"]),
        ("Por Juan Pérez el 12 de marzo de 2024", ["Juan Pérez"]),
        ("Par Jean Dupont le 12 mars 2024", ["Jean Dupont"]),
        ("Di Mario Rossi il 12 marzo 2024", ["Mario Rossi"]),
    ],
)
def test_the_word_for_on_before_a_date_ends_the_names(line: str, expected: list[str]) -> None:
    # the date's digits cut the line, and "am", "el", "le", "il" stayed on the last name ("Juan Pérez el")
    assert authors_from_bylines([line]) == expected
