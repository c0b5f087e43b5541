"""A lower-case photo label before a credit chain after a caption's stop ("… portową. fot. Jan Kowalski / Agencja
Gazeta", "… foto: PAP/Jan Kowalski"): the chain's forms found the credit from the name on and left the label as the
caption's last word ("… portową. fot."); the label opens the credit. Made-up
captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Robotnicy naprawiają drogę portową w poniedziałek."


@pytest.mark.parametrize(
    ("credit", "name", "organization"),
    [
        ("fot. Jan Kowalski / Agencja Gazeta", "Jan Kowalski", "Agencja Gazeta"),
        ("fot. PAP/Jan Kowalski", "Jan Kowalski", "PAP"),
    ],
)
def test_lower_case_label_opens_the_credit(credit: str, name: str, organization: str) -> None:
    assert caption_and_credits(f"{_CAPTION} {credit}") == (_CAPTION, [(name, organization, credit)])
