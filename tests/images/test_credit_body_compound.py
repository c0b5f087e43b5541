"""A German (or Dutch) compound word ending in a public body's head after a photo label ("Foto: Polizeipräsidium
Lakeside", "Foto: Landratsamt Talkreis", "Bild: Stadtverwaltung Lakeside", "Foto: Amtsgericht Lakeside"; lexicon.
credits.BODY_COMPOUND_ENDS, read by credit_text.names.body_compound) names an organisation, as the head alone
("Foto: Polizei Bayern", AGENCY_WORDS) already did. Before, each was read as a person's name (two capitalised words).
A surname that is the head itself or holds it inside ("Anna Kammer", "Hans Gerichtmann") stays a person. Made-up
captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Einsatzkräfte am Hafen am Dienstag."


@pytest.mark.parametrize(
    "body",
    [
        "Polizeipräsidium Lakeside",
        "Landratsamt Talkreis",
        "Stadtverwaltung Lakeside",
        "Amtsgericht Lakeside",
        "Berufsfeuerwehr Lakeside",
    ],
)
def test_a_body_compound_is_an_organisation(body: str) -> None:
    caption, credits = caption_and_credits(f"{_CAPTION} Foto: {body}")
    assert caption == _CAPTION
    assert [(name, org) for name, org, _ in credits] == [(None, body)]


def test_a_person_and_a_body_compound() -> None:
    _, credits = caption_and_credits(f"{_CAPTION} Foto: Anna Roe/Stadtverwaltung Lakeside")
    assert [(name, org) for name, org, _ in credits] == [("Anna Roe", "Stadtverwaltung Lakeside")]


@pytest.mark.parametrize("person", ["Anna Kammer", "Hans Gerichtmann", "Anna Roe"])
def test_a_surname_holding_a_head_stays_a_person(person: str) -> None:
    _, credits = caption_and_credits(f"{_CAPTION} Foto: {person}")
    assert [(name, org) for name, org, _ in credits] == [(person, None)]
