"""A photographer's name with a particle inside it ("Thandeka van Rooyen", "Idris bin Yusof", "Carla dos
Anjos") closing a caption in a credit chain or bracket is the credit, as "Sanne de Vries/Reuters" already was: the
particle is a name word in lower case, not a word of the caption. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Crews lift a new gangway onto the ferry dock on Sunday afternoon."


@pytest.mark.parametrize(
    ("credit", "name", "organization"),
    [
        ("Thandeka van Rooyen/Reuters", "Thandeka van Rooyen", "Reuters"),
        ("(Idris bin Yusof/The Harbour Ledger)", "Idris bin Yusof", "The Harbour Ledger"),
        ("Carla dos Anjos / Staff Photographer", "Carla dos Anjos", None),
        ("Photo: Jelle ter Horst/ANP", "Jelle ter Horst", "ANP"),
    ],
)
def test_name_with_particle_closes_the_caption_as_credit(credit: str, name: str, organization: str | None) -> None:
    assert caption_and_credits(f"{_CAPTION} {credit}") == (_CAPTION, [(name, organization, credit)])


def test_particle_opening_or_closing_the_tail_is_no_name() -> None:
    written = f"{_CAPTION} Ferry van/Reuters"
    assert caption_and_credits(written)[0] == written
