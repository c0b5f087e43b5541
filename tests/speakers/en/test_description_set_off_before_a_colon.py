"""A description opening the sentence, a phrase set off by commas after it, then a verb of telling and a colon
("The defendant, of no fixed abode, told officers: “…”"): the description speaks; the listener after "told" never
does, as no verb of telling is inverted. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_a_description_set_off_by_a_phrase_of_where_from_before_told_and_a_colon() -> None:
    assert said_in_en('The lodger, of no fixed address, told officers: "I only wanted somewhere warm."') == [
        (None, "The lodger")
    ]


def test_a_description_set_off_by_an_apposition_before_told_and_a_colon() -> None:
    assert said_in_en('The shopkeeper, a widower of sixty, told the Echo: "I had no warning at all."') == [
        (None, "The shopkeeper")
    ]


def test_a_name_before_told_and_a_colon_still_speaks() -> None:
    assert said_in_en('Rhona Blake, a widow of sixty, told the Echo: "I had no warning at all."') == [
        ("Rhona Blake", "a widow of sixty")
    ]
