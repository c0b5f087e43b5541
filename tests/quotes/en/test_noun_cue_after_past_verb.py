"""A cue form that is the object noun of a past form right before it ("expressed hope that …", "voiced fears that
…") leaves that verb out of the speaker: the subject ends before the verb."""

from __future__ import annotations

from tests.quote_helpers import reported_said


def test_expressed_hope_that() -> None:
    assert reported_said("The archbishop expressed hope that the ceasefire would hold through Easter.") == [
        ("the ceasefire would hold through Easter", None, "The archbishop")
    ]


def test_voiced_fears_that() -> None:
    assert reported_said("Local fishermen voiced fears that the new quay would block the channel.") == [
        ("the new quay would block the channel", None, "Local fishermen")
    ]


def test_perfect_before_the_verb() -> None:
    assert reported_said("Parents have expressed hope that the hostel will reopen in January.") == [
        ("the hostel will reopen in January", None, "Parents")
    ]
