"""A relative clause inside a sentence subject read before a participle cue ("One person who attended had
come out saying", "Local residents who live nearby protested, saying"): the noun before "who" is the subject."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_capitalised_count_word_and_its_noun_before_who() -> None:
    text = "One person who attended had come out saying there was a dog in the basement."
    assert said(text, "en") == [(None, "One person")]


def test_a_capitalised_adjective_and_its_noun_before_who() -> None:
    text = "Local residents who live nearby protested, saying the plant was unsafe."
    assert said(text, "en") == [(None, "Local residents")]
