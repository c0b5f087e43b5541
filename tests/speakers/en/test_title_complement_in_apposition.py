"""A title and its complement joined by "for", "of" or "to" set before a name in apposition ("The MP for
Macnamara, Josh Burns, said", "The Minister for Culture, Abena Quaye, said"): the name after the comma speaks,
whether or not its given name is known; the complement is no person, nor a place the name is a region of. Made-up
sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in_en


def test_an_mp_for_a_seat() -> None:
    assert speakers_in_en("The MP for Warrington North, Kobina Lenk, said the rail cuts were a betrayal.") == ["Kobina Lenk"]


def test_a_minister_for_a_portfolio() -> None:
    assert speakers_in_en("The Minister for Culture, Abena Quaye, said the museum would reopen in May.") == ["Abena Quaye"]


def test_a_region_after_a_place_is_still_none() -> None:
    assert speakers_in_en("The firm, which is based in Austin, Texas, said it would appeal.") == [None]
