"""An English time phrase opening the sentence and tied by "since", "before" or "after" to an event ("In the years
since the crash the airline said", "In the weeks before the vote the party said", "Since the crash the airline said")
is no part of the speaker: the subject opens at the last article after the event's noun phrase. A cue whose subject
is the event's own ("In the years since Smith said the mine was safe, …") keeps it. Sentences are made up."""

from __future__ import annotations

import pytest

from tests.quote_helpers import who_speaks


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In the years since the crash the airline said safety had improved.", "the airline"),
        ("In the weeks before the vote the party said it was confident.", "the party"),
        ("In the days after the flood the council said 300 homes were empty.", "the council"),
        ("In the months since the merger the bank said 500 jobs had gone.", "the bank"),
        ("Since the crash the airline said safety had improved.", "the airline"),
        ("In the years since Smith said the mine was safe, three men have died.", "Smith"),
    ],
)
def test_time_phrase_tied_to_an_event_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    assert who_speaks(text) == [speaker]
