"""A "that" after "so"/"such" further back in the words after a cue ("said so many people came that the hall
overflowed") opens a clause of result inside the report, not the cue's own "that": the report is the whole clause,
not its tail. "so far" is a time, no lead of a result ("said so far that …")."""

from __future__ import annotations

import pytest

from tests.quote_helpers import reported


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "The organiser said so many people came that the hall overflowed.",
            "so many people came that the hall overflowed",
        ),
        (
            "The farmer said the rain fell so hard on Monday that the crops were ruined.",
            "the rain fell so hard on Monday that the crops were ruined",
        ),
        (
            "The guide said such a crowd had gathered at the gate that the doors were shut.",
            "such a crowd had gathered at the gate that the doors were shut",
        ),
    ],
)
def test_a_result_clause_stays_inside_the_report(text: str, clause: str) -> None:
    assert reported(text) == [clause]


def test_so_far_is_a_time_before_the_cues_that() -> None:
    assert reported("The inspector said so far that the tests were negative.") == ["the tests were negative"]
