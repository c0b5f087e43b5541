"""People of a group noun tied by "on", "at" or "in" to a named street, market, school or company speak as that
group, not the name after the preposition: "Shop owners on Mill Street said" has the role "Shop owners on Mill
Street" and no name ("Mill Street" was read as the speaker, a street speaking). As "Residents of Kilburn Road"
already read. Only before the name of a street, a market, an estate or a school: "Democrats in Congress" still reads
"Congress"; the members of a body ("officials at the Ministry of Health") still speak as the body. Session 63. Made-up sentences in the shapes of local and regional pages."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    "people",
    [
        "Shop owners on Mill Street",
        "Traders at Gikomba Market",
        "Parents at St Mary's School",
        "Commuters on Ngong Road",
        "Residents in Hillcrest Estate",
    ],
)
def test_people_at_a_named_place_speak_as_the_group(people: str) -> None:
    assert said(f"{people} said the closure had cost them dearly.", "en") == [(None, people)]


def test_modifiers_before_the_group_noun() -> None:
    assert said("Many shop owners on Mill Street said the closure had cost them thousands.", "en") == [
        (None, "Many shop owners on Mill Street")
    ]


def test_closing_form() -> None:
    assert said("The closure had cost them thousands, shop owners on Mill Street said.", "en") == [
        (None, "shop owners on Mill Street")
    ]


def test_after_a_direct_quote() -> None:
    assert said("“We are losing customers,” traders at Gikomba Market told the Daily Beacon.", "en") == [
        (None, "traders at Gikomba Market")
    ]


def test_the_members_of_a_body_still_speak_as_the_body() -> None:
    assert said("Officials at the Ministry of Health said the vaccine was safe.", "en") == [
        ("Ministry of Health", None)
    ]


def test_a_group_in_a_body_that_is_no_place_unchanged() -> None:
    assert said("Democrats in Congress said the bill would fail.", "en") == [("Congress", None)]


def test_people_of_a_named_group_unchanged() -> None:
    assert said("Residents of Kilburn Road said the road was unsafe.", "en") == [(None, "Residents of Kilburn Road")]


def test_a_sentence_adverb_opening_the_sentence_is_no_part_of_the_group() -> None:
    assert said("However traders at Gikomba Market said the fire began at night.", "en") == [
        (None, "traders at Gikomba Market")
    ]
