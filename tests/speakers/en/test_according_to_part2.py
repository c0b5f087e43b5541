""""According to him/her": the object pronoun stands for the person named before, like "he said" does; a
possessive ("according to her lawyer") stays a description. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_according_to_him_names_the_man_before() -> None:
    assert speakers_in(
        "Tom Hale spoke to reporters on Monday.",
        "According to him, the depot will close before the end of the year.",
        language="en",
    ) == ["Tom Hale"]


def test_according_to_her_at_the_sentence_end() -> None:
    assert speakers_in(
        "Ana Silva met the board on Monday.",
        "The depot will close before the end of the year, according to her.",
        language="en",
    ) == ["Ana Silva"]
