"""A reported clause of two words, shorter than a clause usually is, when it is a bare plural noun and its verb in
the past ("said yields fell", "said fees doubled"); not a word of thanks or a demonstrative. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_plural_noun_then_irregular_past() -> None:
    assert reported("The cooperative said yields fell.") == ["yields fell"]


def test_plural_noun_then_past_in_ed() -> None:
    assert reported("The bank said fees doubled.") == ["fees doubled"]


def test_plural_noun_then_another_irregular_past() -> None:
    assert reported("The council said rents rose.") == ["rents rose"]


def test_thanks_is_no_clause() -> None:
    assert reported("The mayor said thanks.") == []


def test_demonstrative_then_a_verb_is_not_a_plural_noun() -> None:
    assert reported("The mayor said this mattered.") == []
