"""One or two capitalised words opening the clause, "and" and a capitalised run are one body's name ("Fire and Rescue
NSW said", "Parks and Wildlife Service said"), not a person named by the run after "and". Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_fire_and_rescue_with_a_state() -> None:
    assert said_in_en("Fire and Rescue NSW said the blaze was contained by midnight.") == [
        ("Fire and Rescue NSW", None)
    ]


def test_parks_and_wildlife_service_after_a_quote() -> None:
    assert said_in_en('"The trail stays shut until spring," Parks and Wildlife Service said.') == [
        ("Parks and Wildlife Service", None)
    ]


def test_two_people_joined_by_and_stay_people() -> None:
    assert said_in_en("Tom Hale and Ann Roe said the house was sold in May.") == [("Tom Hale and Ann Roe", None)]
