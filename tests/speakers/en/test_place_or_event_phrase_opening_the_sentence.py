"""A prepositional phrase that opens an English sentence with no comma after it, a place or an occasion ("In London",
"At a press conference on Monday", "In a statement"), is no part of the subject of the cue: the subject opens at the
last article not right after a preposition. Sentences are made up.
"""

from __future__ import annotations

import pytest

from tests.quote_helpers import who_speaks


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In Leeds the minister said the rail talks had failed.", "the minister"),
        ("At a press conference on Monday the minister said the rail talks had failed.", "the minister"),
        ("In a statement on Friday the agency said the rail talks had failed.", "the agency"),
        ("In Kent a spokesman for the police said the lane would stay shut.", "a spokesman for the police"),
        ("In Lyon the head of the agency said the rail talks had failed.", "the head of the agency"),
        ("In the village of Kelso a farmer said the river had burst its banks.", "a farmer"),
        ("For years the agency said the rail line was safe.", "the agency"),
    ],
)
def test_opening_prepositional_phrase_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    assert who_speaks(text) == [speaker]


def test_count_after_about_stays_the_subject() -> None:
    assert who_speaks("About 30 residents said the rail line was too noisy.") == ["About 30 residents"]
