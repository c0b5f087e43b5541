"""A person's full name, with the titles before it, then "from" and a body written in lower case ("Senior Sergeant
Rob Kelly from Ballarat police said") is the speaker; "from" and the body are the role, as "of" and a body are.
Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_a_titled_name_from_a_police_force() -> None:
    assert said_in_en("Senior Constable Dan Moloney from Geelong police said the car was found burnt out.") == [
        ("Dan Moloney", "Senior Constable from Geelong police")
    ]


def test_a_name_from_the_local_council() -> None:
    assert said_in_en("Kate Mwangi from the county council said the market would reopen on Friday.") == [
        ("Kate Mwangi", "from the county council")
    ]
