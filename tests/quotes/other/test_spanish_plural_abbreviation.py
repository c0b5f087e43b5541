"""A Spanish plural abbreviation doubles its capital and keeps a stop each ("EE. UU.", "FF. AA."): the stop after
the first pair ends no sentence, so a role naming the country reads whole. Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("«La cooperación seguirá todo este año», dijo el embajador de EE. UU.", "el embajador de EE. UU."),
        ("«La cooperación seguirá todo este año», dijo el jefe de las FF. AA.", "el jefe de las FF. AA."),
    ],
)
def test_the_role_reads_past_the_first_pair(text: str, role: str) -> None:
    assert said(text, "es") == [(None, role)]


def test_a_sentence_still_ends_after_a_single_pair() -> None:
    # "UU." ends its sentence here: the next sentence's quote has its own speaker
    text = "La visita fue aplazada por EE. UU. «Volveremos en junio», dijo el ministro."
    assert said(text, "es") == [(None, "el ministro")]
