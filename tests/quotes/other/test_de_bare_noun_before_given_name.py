"""German speakers: a noun that is no office word before a given name and a surname ("Mutter Lisa Kern",
"Nachbar Tim Brandt") describes the person and is no part of the name. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said, speakers


def test_a_noun_before_a_given_name_is_the_role() -> None:
    # before: "Mutter Julia Franke", "Nachbar Thomas Engel" were the names
    assert said("„Das Wasser kam in Minuten“, sagt Mutter Julia Franke.", language="de") == [("Julia Franke", "Mutter")]
    assert said("Nachbar Thomas Engel erzählt: „Das Wasser kam in Minuten.“", language="de") == [
        ("Thomas Engel", "Nachbar")
    ]


def test_a_given_name_opening_the_run_stays_in_the_name() -> None:
    # two given names before the surname: the first is no noun of a description
    assert speakers("„Das Wasser kam in Minuten“, sagt Julia Maria Franke.", language="de") == ["Julia Maria Franke"]
