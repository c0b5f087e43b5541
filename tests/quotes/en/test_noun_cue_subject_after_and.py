"""A cue form in -s after "and", with its preposition, a complement and then a finite verb, is a plural noun, the
subject of a clause of the writer's ("… and calls for compensation grew louder"), not the speaker's second verb."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_calls_for_then_a_past_verb() -> None:
    assert reported("The cocoa farmers warned of losses and calls for compensation grew louder.") == []


def test_calls_for_then_an_auxiliary() -> None:
    assert reported("The transport union warned of job cuts and calls for a strike were growing.") == []


def test_claims_of_then_a_perfect() -> None:
    assert reported("Residents complained of noise and claims of damage have risen sharply.") == []


def test_an_infinitive_after_the_complement_keeps_the_verb() -> None:
    assert reported("The bishop spoke at the rally and calls for the sacked workers to be reinstated.") == [
        "the sacked workers to be reinstated"
    ]
