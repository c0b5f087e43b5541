"""A noun of a tie to another person (a relative, a friend, a neighbour, a colleague) right before a name is the
person's role ("his son Tomas said" -> "Tomas", role "son"), as an office is: it was dropped before. Found by a
probe of made-up sentences. Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize("tie", ["son", "neighbour", "friend", "colleague", "longtime neighbor", "nephew"])
def test_tie_before_a_name_closing_a_quote(tie: str) -> None:
    assert said(f"“The river rose fast,” {tie} Tomas Ardley said.", "en") == [("Tomas Ardley", tie)]


def test_owner_before_the_tie_is_no_part_of_the_role() -> None:
    assert said("“The river rose fast,” his son Tomas said.", "en") == [("Tomas", "son")]


def test_next_door_before_the_tie_is_part_of_the_role() -> None:
    """ "next door" qualifies the tie noun as "next-door" does; "next" alone is a time word, not the role's start."""
    text = "Next door neighbour Doris Hale said: “The water came up to the windows in an hour.”"
    assert said(text, "en") == [("Doris Hale", "Next door neighbour")]
    assert said("“The river rose fast,” his next door neighbor Tomas said.", "en") == [("Tomas", "next door neighbor")]
