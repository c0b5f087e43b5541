"""A name set off after a noun of a person inside a phrase of a preposition ("through his media aide, Olusegun
Dada,") names the one spoken through; the description after it, with no comma before the cue, speaks ("the
governor said"). A name set off after the subject itself ("His lawyer, Tom Reed, said") still speaks. Made-up
sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_the_description_after_an_aide_named_in_a_participle_phrase_speaks() -> None:
    text = "Speaking through his media aide, Olusegun Dada, the governor said: “The state will pay the workers.”"
    assert said(text, "en") == [(None, "the governor")]


def test_the_description_after_an_aide_named_in_a_phrase_of_by_speaks() -> None:
    text = "In a statement by his aide, Olusegun Dada, the governor said: “The strike is illegal.”"
    assert said(text, "en") == [(None, "the governor")]


def test_a_name_set_off_after_the_subject_speaks() -> None:
    assert said("His lawyer, Tom Reed, said: “My client is innocent.”", "en") == [("Tom Reed", "His lawyer")]
