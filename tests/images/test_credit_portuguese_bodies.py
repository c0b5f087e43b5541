"""The heads of Portuguese public bodies that hand out pictures ("Prefeitura do Vale", "Governo do Estado", "Polícia
Militar"; lexicon.credits.AGENCY_WORDS) name an organisation, as "Ayuntamiento de Lago" and "Comune di Lago" already
did. Before, each was read as a person's name (two capitalised words, a particle between). Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Balsas esperam no cais enquanto a neblina sobe."


@pytest.mark.parametrize(
    ("credit", "organizations"),
    [
        ("Foto: Governo do Estado", ["Governo do Estado"]),
        ("(Foto: Divulgação/Prefeitura do Vale)", ["Divulgação", "Prefeitura do Vale"]),
        ("Foto: Polícia Militar/Divulgação", ["Polícia Militar", "Divulgação"]),
    ],
)
def test_a_public_body_is_an_organisation(credit: str, organizations: list[str]) -> None:
    caption, credits = caption_and_credits(f"{_CAPTION} {credit}")
    assert caption == _CAPTION
    assert credits == [(None, organization, credit) for organization in organizations]
