"""Straight single quote marks with the comma outside ('It was chaos', Hale said.), as British pages write
them: the mark before the comma and the cue closes the quote (the cue after one to four capitalised words or
a pronoun, or right after the comma). Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_the_name_and_cue_after_the_comma() -> None:
    assert quotes_found("'The roof came off in the night', Tom Hale said.") == [
        ("direct", "The roof came off in the night", "Tom Hale")
    ]


def test_the_cue_right_after_the_comma() -> None:
    assert quotes_found("'The roof came off in the night', said Tom Hale.") == [
        ("direct", "The roof came off in the night", "Tom Hale")
    ]
