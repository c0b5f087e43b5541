"""People named by a group noun and "of" before a name ("Organisers of the Harbour Lights Festival said",
"Residents of Kilburn Road told", "Supporters of the Green Party said") speak: the name is the group's complement,
not the speaker, as in "critics of the plan". The members of a body ("Members of the Rowing Club") stay the
body's voice. Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said_in_en


@pytest.mark.parametrize(
    "group",
    [
        "Organisers of the Harbour Lights Festival",
        "Residents of Kilburn Road",
        "Supporters of the Green Party",
        "Organisers of the Bayside Food and Wine Festival",
    ],
)
def test_a_group_of_a_name_speaks(group: str) -> None:
    assert said_in_en(f'{group} said: "We were never asked what we thought."') == [(None, group)]


def test_the_group_inside_a_sentence() -> None:
    assert said_in_en('On Monday, residents of Kilburn Road told the council: "We cannot sleep at night."') == [
        (None, "residents of Kilburn Road")
    ]
