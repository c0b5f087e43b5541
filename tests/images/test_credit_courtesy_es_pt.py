"""Spanish and Portuguese "courtesy" before a capitalised giver ("Foto: Cortesía Alcaldía de Villaverde", "Gentileza
Ana Souza") is a label, as "Courtesy (of)" is: the giver is the credit, not a person named "Cortesía …". A Latin
American local body ("Alcaldía de …", "Municipalidad de …") is an organisation. Made-up captions (Session 60)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import parse_photo_credit
from tests.figure_helpers import caption_and_credits

_ES = "Obreros reparan el puente de la avenida central este martes."


@pytest.mark.parametrize(
    ("credit", "name", "organization"),
    [
        ("Foto: Cortesía Alcaldía de Villaverde", None, "Alcaldía de Villaverde"),
        ("(Foto: cortesía de Marta Gil)", "Marta Gil", None),
        ("Foto: Gentileza Municipalidad de San Isidro", None, "Municipalidad de San Isidro"),
        ("Foto: Alcaldía de Villaverde", None, "Alcaldía de Villaverde"),
    ],
)
def test_courtesy_label_and_bodies(credit: str, name: str | None, organization: str | None) -> None:
    assert caption_and_credits(f"{_ES} {credit}") == (_ES, [(name, organization, credit)])


def test_courtesy_alone_stays_the_giver_word() -> None:
    assert [(c.name, c.organization) for c in parse_photo_credit("(Cortesía)")] == [(None, "Cortesía")]


def test_courtesy_in_a_sentence_stays_caption() -> None:
    written = "Obreros reparan el puente por cortesía de la alcaldía."
    assert caption_and_credits(written) == (written, [])
