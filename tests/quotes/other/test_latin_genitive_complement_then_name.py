"""An office in lower case after the verb, one capitalised word as its complement (a genitive with no preposition:
Romanian "ministrul Transporturilor", Polish "minister Infrastruktury") and a comma, then a name: the name speaks, the
office and its complement are the role; before, the complement came out as the speaker ("Transporturilor"). Made-up
sentences of regional papers; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        pytest.param(
            "ro",
            "„Centura ocolitoare va fi deschisă în august”, a declarat ministrul Dezvoltării, Mihai Stan.",
            ("Mihai Stan", "ministrul Dezvoltării"),
            id="ro-ministry",
        ),
        pytest.param(
            "ro",
            "„Avem bani pentru trei școli noi”, a spus primarul Sibiului, Andrei Lupu, la ședința de consiliu.",
            ("Andrei Lupu", "primarul Sibiului"),
            id="ro-city-and-more-after",
        ),
        pytest.param(
            "pl",
            "„Linia tramwajowa będzie gotowa jesienią” – powiedział minister Infrastruktury, Tomasz Wrona.",
            ("Tomasz Wrona", "minister Infrastruktury"),
            id="pl-ministry",
        ),
    ],
)
def test_the_name_after_the_complement_speaks(language: str, sentence: str, expected: tuple[str, str]) -> None:
    assert said(sentence, language) == [expected]


def test_an_office_and_a_surname_with_a_relative_clause_after_stay_as_they_were() -> None:
    assert said("„Bugetul va crește”, a spus primarul Lupu, care a promis trei școli.", "ro") == [("Lupu", "primarul")]
