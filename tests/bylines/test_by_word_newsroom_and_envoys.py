"""A by-word before a newsroom ("Par la rédaction", "Von Redaktion") names no one; the job word after "our"
in Dutch and French bylines ("Door onze redacteur …", "Par notre envoyée spéciale …") is cut from the name."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import authors_from_bylines, clean_author_names


@pytest.mark.parametrize(
    "line",
    ["Par la rédaction", "Von der Redaktion", "Por la Redacción", "Door de redactie", "Von Redaktion", "Por Redacción"],
)
def test_a_by_word_before_a_newsroom_names_no_author(line: str) -> None:
    assert authors_from_bylines([line]) == []
    assert clean_author_names([line]) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Door onze redacteur Pieter Bakker", ["Pieter Bakker"]),
        ("Door onze redactrice Sanne Visser", ["Sanne Visser"]),
        ("Par notre envoyée spéciale Claire Morin", ["Claire Morin"]),
        ("Par notre envoyé spécial Luc Girard", ["Luc Girard"]),
        ("Par notre envoyé Luc Girard", ["Luc Girard"]),
    ],
)
def test_the_job_after_our_is_no_part_of_the_name(line: str, expected: list[str]) -> None:
    assert authors_from_bylines([line]) == expected
    assert clean_author_names([line]) == expected


@pytest.mark.parametrize("line", ["Von Anna Roe", "Door Jan de Vries", "Par Jean Dupont, envoyé spécial à Kiev"])
def test_bylines_with_names_keep_them(line: str) -> None:
    assert authors_from_bylines([line]) != []


@pytest.mark.parametrize("value", ["Agencias", "Agenturen", "Redacción / Agencias", "Redaktion | Agenturen"])
def test_agencies_unnamed_name_no_author(value: str) -> None:
    assert clean_author_names([value]) == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [("EFE / Agencias", ["EFE"]), ("Agencia EFE", ["Agencia EFE"]), ("Por Lucía Ortega y agencias", ["Lucía Ortega"])],
)
def test_a_named_agency_or_writer_beside_the_agencies_stays(value: str, expected: list[str]) -> None:
    assert clean_author_names([value]) == expected
