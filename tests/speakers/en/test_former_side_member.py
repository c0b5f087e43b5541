"""An adjective of time opening a name's run ("Former", "Retired", "Ex-") describes the person together with the
words after it up to the name: a national side's player ("Former All Black Sonny Bill Williams", "Ex-Wallaby
Drew Mitchell") or one word before a known given name ("Former Socceroo Tim Cahill"); the name is what follows,
the rest the role. Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said_in_en


@pytest.mark.parametrize(
    ("run", "name", "role"),
    [
        ("Former All Black Sonny Bill Williams", "Sonny Bill Williams", "Former All Black"),
        ("Former Socceroo Tim Cahill", "Tim Cahill", "Former Socceroo"),
        ("Retired Springbok John Smit", "John Smit", "Retired Springbok"),
        ("Former Super Eagle Mikel Obi", "Mikel Obi", "Former Super Eagle"),
        ("Ex-Wallaby Drew Mitchell", "Drew Mitchell", "Ex-Wallaby"),
        ("Ex-Minister Kofi Adjei", "Kofi Adjei", "Ex-Minister"),
    ],
)
def test_the_role_after_an_adjective_of_time_is_no_part_of_the_name(run: str, name: str, role: str) -> None:
    assert said_in_en(f"{run} said the new tackle law would drive young players out of the game.") == [(name, role)]


def test_a_title_after_former_still_leaves_the_name() -> None:
    assert said_in_en("Former Mayor Ann Cole said the new tackle law would drive young players away.") == [
        ("Ann Cole", "Former Mayor")
    ]
