"""A "that" after a phrase set off by a comma from a bare reported clause is the relative of the phrase's noun, not
the cue's conjunction: the report is the whole clause, not the relative clause after "that"."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_despite_phrase_with_a_relative() -> None:
    assert reported("Officials said the footbridge was safe, despite the cracks that appeared in March.") == [
        "the footbridge was safe, despite the cracks that appeared in March"
    ]


def test_along_with_phrase_with_a_relative() -> None:
    assert reported("Gardaí said the van was stolen, along with a trailer that belonged to a neighbour.") == [
        "the van was stolen, along with a trailer that belonged to a neighbour"
    ]


def test_except_for_phrase_with_a_relative() -> None:
    assert reported("The county commander said the march was peaceful, except for a group that threw stones.") == [
        "the march was peaceful, except for a group that threw stones"
    ]


def test_cue_that_after_an_adverbial_set_off_stays() -> None:
    assert reported("The minister said on Tuesday, speaking in Eldoret, that the road would be tarmacked.") == [
        "the road would be tarmacked"
    ]


def test_and_that_after_the_comma_goes_on() -> None:
    assert reported("The coroner said the fall was accidental, and that the family had suffered greatly.") == [
        "the fall was accidental, and that the family had suffered greatly"
    ]
