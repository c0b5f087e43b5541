"""A list of places set off inside a sentence ("the places—Ohio, Texas, Utah and Maine—and noted") is no
subject of the verb after it: the sentence's subject speaks (a description: no name, the role)."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_list_of_places_between_dashes_is_no_subject() -> None:
    text = "The panel studied the places where the law had changed—Ohio,Texas, Utah, and Maine— and noted if fewer people voted."
    assert said(text, "en") == [(None, "The panel")]
