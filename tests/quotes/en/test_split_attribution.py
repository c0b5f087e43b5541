"""A quote split by its attribution ("“I don’t know,” Berg said, “but we will try.”"): the words after the
attribution are the same speaker's, they were dropped as a scare quote. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_the_rest_of_a_quote_split_by_said() -> None:
    assert quotes_found('"I do not know," Berg said, "but we will try."') == [
        ("direct", "I do not know,", "Berg"),
        ("direct", "but we will try.", "Berg"),
    ]


def test_the_rest_of_a_quote_split_by_an_inverted_cue_with_a_role() -> None:
    assert quotes_found('"The bridge is old," said Anna Berg, the mayor, "and it must close."') == [
        ("direct", "The bridge is old,", "Anna Berg"),
        ("direct", "and it must close.", "Anna Berg"),
    ]

