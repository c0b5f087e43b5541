"""A parenthetical cue between a long subject and its finite verb ("The one thing the league still lacks, officials
said, is a referee") reports the whole sentence: the subject alone is no clause."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_a_long_subject_before_a_parenthetical_cue_goes_with_its_verb() -> None:
    text = "The one thing the league still lacks after the merger, officials said, is a referee trained abroad."
    assert reported(text) == [
        "The one thing the league still lacks after the merger, officials said, is a referee trained abroad"
    ]


def test_a_long_subject_before_a_named_speaker_goes_with_its_modal() -> None:
    text = "Whatever savings the council finds in the new budget, Mayor Ilse Brandt said, will go to the schools."
    assert reported(text) == [
        "Whatever savings the council finds in the new budget, Mayor Ilse Brandt said, will go to the schools"
    ]
