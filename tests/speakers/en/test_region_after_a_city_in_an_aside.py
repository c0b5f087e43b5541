"""A region set after its city at the end of an aside on the subject ("The firm, which is based in Austin, Texas,
said") is a place, not the speaker: the subject before the aside speaks. A full name after a place phrase ("A man
from Leeds, John Smith, said") still does. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_state_after_a_city_in_a_relative_clause() -> None:
    assert said("The bakery chain, which is based in Tulsa, Oklahoma, said it would close four stores.", "en") == [
        (None, "The bakery chain")
    ]


def test_named_person_after_a_place_phrase_still_speaks() -> None:
    assert said("A driver from Ipswich, Carl Benson, said the junction was dangerous.", "en")[0][0] == "Carl Benson"


def test_country_after_a_city_in_a_participle_aside() -> None:
    assert said("The shelter, founded in Galway, Ireland, said demand had tripled.", "en") == [(None, "The shelter")]
