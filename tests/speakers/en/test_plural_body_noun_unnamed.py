"""A plural common noun for a body opening the sentence ("Police said", "Authorities said") is an unnamed source,
as the same noun in lower case is ("…, police said"): no speaker's name, the word as written the role; a later
"they" goes on with it. A body named by its own name ("Kenya Police") stays the speaker (docs/quotes.md, "Bodies
named by a common noun"). Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said_in_en as _said


@pytest.mark.parametrize("group", ["Police", "Authorities", "Prosecutors", "Gardaí", "Gardai"])
def test_a_plural_body_noun_opening_the_sentence_is_unnamed(group: str) -> None:
    assert _said(f"{group} said a man had been arrested at his home in Tema on Sunday.") == [(None, group)]


def test_the_same_noun_in_lower_case_after_the_quote() -> None:
    assert _said("A man was arrested at his home in Tema on Sunday, police said.") == [(None, "police")]


def test_they_goes_on_with_the_unnamed_body() -> None:
    found = _said(
        "Police said a man had been arrested at his home in Tema on Sunday.",
        "“The suspect is assisting us with investigations,” they said.",
    )
    assert found == [(None, "Police"), (None, "Police")]


def test_a_body_with_a_name_of_its_own_speaks() -> None:
    assert _said("Kenya Police said a man had been arrested in Nakuru on Sunday.") == [("Kenya Police", None)]
