"""An English time phrase of a past span opening the sentence with no comma after it ("Over the past two years the
company said", "Over the last five years the charity said", "Over the past year the board said") is no part of the
speaker: "past" leads a time word after a preposition, and a count with its time noun is a word of time. A count
opening the subject ("Over 100 staff said") stays. Sentences are made up."""

from __future__ import annotations

import pytest

from tests.quote_helpers import who_speaks


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Over the past two years the company said profits had doubled.", "the company"),
        ("Over the last five years the charity said demand had tripled.", "the charity"),
        ("Over the past year the board said costs had fallen.", "the board"),
        ("Over the past three months the council said 200 homes were built.", "the council"),
        ("Over the last two weeks the police said the road had been closed.", "the police"),
        ("In the past three months the council said 200 homes were built.", "the council"),
        ("Over 100 staff said they would strike.", "Over 100 staff"),
    ],
)
def test_past_span_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    assert who_speaks(text) == [speaker]
