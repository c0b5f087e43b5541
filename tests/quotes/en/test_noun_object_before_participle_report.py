"""A cue whose report is a noun phrase with no finite verb ("confirmed the transfer in a message to fans") ends
that report before ", saying …": the participle is a report of its own, the same speaker's."""

from __future__ import annotations

from tests.quote_helpers import reported, reported_by


def test_a_noun_object_and_a_medium_phrase_end_before_saying() -> None:
    assert reported("The league confirmed the fixture change in a note to clubs, saying the pitch was frozen.") == [
        "the fixture change in a note to clubs",
        "the pitch was frozen",
    ]


def test_a_noun_object_ends_before_insisting() -> None:
    found = reported_by("Mayor Ruth Kane described the figures in a radio interview, insisting crime had fallen.", "en")
    assert found == [
        ("Ruth Kane", "the figures in a radio interview"),
        ("Ruth Kane", "crime had fallen"),
    ]


def test_a_finite_clause_before_saying_is_not_cut_as_an_object() -> None:
    """(only a report with no finite verb ends at the participle; a clause keeps its reading)"""
    found = reported("Officials said the bridge was closed for repairs, saying it would reopen in May.")
    assert found[0].startswith("the bridge was closed for repairs") and "it would reopen in May" in found[0]
