"""A sentence opening with "the", a time noun and a contact relative clause ("The year the mayor said the water was
safe was 2019"): the cue is inside the subject of another verb, so it reports nothing, and "The year the mayor" is no
speaker. A time noun before a noun of its own ("The day shift said") or a possessive stays a subject. Sentences are
made up."""

from __future__ import annotations

import pytest

from tests.quote_helpers import who_speaks


@pytest.mark.parametrize(
    "text",
    [
        "The year the mayor said the water was safe was 2019.",
        "The day the minister said the talks had failed was a Friday.",
        "The week the council said the bridge was safe it collapsed.",
        "The night the captain said the ship was sinking nobody believed him.",
        "The moment the coach said the game was over the fans left.",
    ],
)
def test_time_noun_with_a_relative_clause_is_no_speaker(text: str) -> None:
    assert who_speaks(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The day shift said the ward was full.", "The day shift"),
        ("The year's best player said the pitch was poor.", "The year's best player"),
    ],
)
def test_time_noun_opening_a_subject_stays(text: str, speaker: str) -> None:
    assert who_speaks(text) == [speaker]
