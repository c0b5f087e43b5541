""""Station" ends the name of a body ("Naas Garda Station", "Kilburn Police Station"), as "Market" or "Centre"
do: a rank or a title inside the run ("Garda", "Police") no longer makes "Station" a person's name, and the
person named before "of" keeps his name. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_person_of_a_garda_station_before_the_cue() -> None:
    assert said_in_en("Sgt Colm Daly of Tullamore Garda Station said: “Drivers must slow down on that bend.”") == [
        ("Colm Daly", "Sgt of Tullamore Garda Station")
    ]


def test_spokesman_for_a_station_stays_a_description() -> None:
    assert said_in_en("“Trains will run again from noon,” said a spokesman for Kings Cross Station.") == [
        (None, "a spokesman for Kings Cross Station")
    ]
