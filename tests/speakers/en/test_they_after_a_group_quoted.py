"""A group quoted by a description of a plural noun ("Organisers of the festival said …", "Local residents said
…") is the "they" of a quote just after, when nobody was quoted since. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_they_after_organisers_of_a_festival() -> None:
    assert said_in_en(
        "Organisers of the Harbourside Chilli Festival said on Monday the event would not return next year.",
        '"Insurance alone has tripled since we started," they said in a statement.',
    )[-1] == (None, "Organisers of the Harbourside Chilli Festival")


def test_they_after_local_residents() -> None:
    assert said_in_en(
        "Local residents said the footbridge was the only safe way to the station.",
        '"Our children cross here every morning," they said.',
    )[-1] == (None, "Local residents")


def test_a_group_quoted_before_another_speaker_is_not_they() -> None:
    assert said_in_en(
        "Local residents said the footbridge was the only safe way to the station.",
        "Network Rail said the bridge had failed an inspection.",
        '"Safety has to come first," they said.',
    ) == [(None, "Local residents"), ("Network Rail", None), ("Network Rail", None)]
