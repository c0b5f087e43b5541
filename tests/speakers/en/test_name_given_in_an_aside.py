"""A person unnamed who gives a name in a relative clause set off by commas ("One of the passengers, who gave his
name only as Musa, said") speaks by that name, the description before the clause as role, and a later "he" is
that person. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_name_given_only_as_in_an_aside() -> None:
    assert said_in_en(
        "Police spokesman Abel Tanko said four suspects were in custody.",
        "One of the passengers, who gave his name only as Musa, said the gunmen had taken their phones.",
        '"They marched us into the forest at night," he said.',
    )[1:] == [("Musa", "One of the passengers"), ("Musa", "One of the passengers")]


def test_identified_herself_as_before_a_colon() -> None:
    assert said_in_en(
        'A stallholder, who identified herself as Efua Boateng, said: "The water reached my knees."',
    ) == [("Efua Boateng", "A stallholder")]


def test_a_description_after_as_is_no_name() -> None:
    assert said_in_en(
        'A neighbour, who describes herself as a lifelong cyclist, said: "The lane is a death trap."',
    ) == [(None, "A neighbour")]
