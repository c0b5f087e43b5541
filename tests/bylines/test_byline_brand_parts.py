"""A broadcaster's unit or programme after the writer's name is no second writer (made-up lines)."""

from __future__ import annotations

from cqnews.credit_text.names import looks_like_person
from cqnews.enrich.credits import authors_from_bylines, parse_credit_line


def test_a_compound_opening_with_an_acronym_is_no_writer() -> None:
    # "ARD-Studio Washington" is where the writer works: two capitalised words, but no person's name.
    assert authors_from_bylines(["Von Anna Roe, ARD-Studio Washington"]) == ["Anna Roe"]
    assert authors_from_bylines(["Kari Lund, ZDF-Team Brüssel"]) == ["Kari Lund"]
    assert not looks_like_person("ARD-Studio Washington")


def test_double_names_stay_names() -> None:
    assert looks_like_person("Anna-Lena Roe")
    assert looks_like_person("Anna Kramp-Karrenbauer")
    assert authors_from_bylines(["Anna ZUMA-SAMBUDLA"]) == ["Anna Zuma-Sambudla"]


def test_a_part_in_capitals_after_a_cased_name_is_a_brand() -> None:
    # The programme is set in capitals as the broadcaster writes it; the writer's name is not.
    assert authors_from_bylines(["Anna Roe, MDR AKTUELL"]) == ["Anna Roe"]
    assert authors_from_bylines(["Von Tom Lee und Anna Roe, NDR KULTUR"]) == ["Tom Lee", "Anna Roe"]
    credit = parse_credit_line("Von Anna Roe, MDR AKTUELL")[0]
    assert (credit.name, credit.organization) == ("Anna Roe", "MDR AKTUELL")


def test_names_all_in_capitals_stay_writers() -> None:
    # A line that writes every name in capitals: the second name is a writer too.
    assert authors_from_bylines(["By ANNA ROE and TOM LEE, Associated Press"]) == ["Anna Roe", "Tom Lee"]
    assert authors_from_bylines(["ANNA ROE, KARI LUND"]) == ["Anna Roe", "Kari Lund"]


def test_an_agency_in_its_short_form_after_the_name_is_no_part_of_it() -> None:
    assert authors_from_bylines(["Kari Lund NTB"]) == ["Kari Lund"]
    assert authors_from_bylines(["Av Kari Lund og Ola Roe NTB"]) == ["Kari Lund", "Ola Roe"]
    credit = parse_credit_line("Kari Lund dpa")[0]
    assert (credit.name, credit.organization) == ("Kari Lund", "dpa")
