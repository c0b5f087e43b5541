"""A sentence opening with an adverb of time and "after" or "before" ("Shortly after midnight", "Hours after the
blast") or with a prepositional phrase before a bare group noun ("During the hearing prosecutors said") and no comma:
the phrase is no part of the speaker's role. Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said_in_en


@pytest.mark.parametrize(
    ("opening", "role"),
    [
        ("Shortly after midnight police", "police"),
        ("Hours after the blast police", "police"),
        ("Just before dawn officers", "officers"),
        ("During the hearing prosecutors", "prosecutors"),
        ("After the match supporters", "supporters"),
        ("In Kisumu police", "police"),
    ],
)
def test_the_opening_phrase_is_no_part_of_the_role(opening: str, role: str) -> None:
    assert said_in_en(f"{opening} said the two men had been held overnight.") == [(None, role)]


def test_a_time_after_an_adverb_leaves_the_definite_subject() -> None:
    assert said_in_en("Moments after the verdict the lawyer said his client would appeal.") == [(None, "the lawyer")]


def test_a_place_before_a_capitalised_body_is_unchanged() -> None:
    assert said_in_en("During the storm Kenya Power said crews were restoring lines.")[0][0] == "Kenya Power"


@pytest.mark.parametrize(
    ("opening", "role"),
    [
        ("Shortly afterwards the minister", "the minister"),
        ("Soon afterwards police", "police"),
        ("Minutes later the referee", "the referee"),
        ("Later that day officers", "officers"),
    ],
)
def test_an_adverb_of_time_opening_the_sentence_is_no_part_of_the_role(opening: str, role: str) -> None:
    assert said_in_en(f"{opening} said the road would reopen by the evening.") == [(None, role)]
