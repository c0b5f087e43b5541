"""A retired officer's mark between the rank and the name ("Brigadier (retd) Harun Khan", "Col (rtd) Tom Obi",
common on Pakistani, Indian and Nigerian pages) is read as no word, as "(R)" is: the name speaks and the rank is
the role (the speaker was "Brigadier"; "Wing Commander (retd) Sajid Khan" had no role). Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_a_retired_brigadier_after_the_cue() -> None:
    assert said_in_en('"We were not consulted on the new base," said Brigadier (retd) Harun Khan.') == [
        ("Harun Khan", "Brigadier")
    ]


def test_a_retired_wing_commander_before_the_cue() -> None:
    assert said_in_en("Wing Commander (retd) Sajid Khan said the airport would reopen on Monday.") == [
        ("Sajid Khan", "Wing Commander")
    ]


def test_a_retired_colonel_with_rtd() -> None:
    assert said_in_en('"The road is not safe at night," said Col (rtd) Tom Obi.') == [("Tom Obi", "Col")]
