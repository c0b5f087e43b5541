"""Straight single quote marks with the comma outside ('It was chaos', Hale said.), as British pages write
them: the mark before the comma and the cue closes the quote (the cue after one to four capitalised words or
a pronoun, or right after the comma). Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import quotes_found, quotes_in


def test_the_name_and_cue_after_the_comma() -> None:
    assert quotes_found("'The roof came off in the night', Tom Hale said.") == [
        ("direct", "The roof came off in the night", "Tom Hale")
    ]


def test_the_cue_right_after_the_comma() -> None:
    assert quotes_found("'The roof came off in the night', said Tom Hale.") == [
        ("direct", "The roof came off in the night", "Tom Hale")
    ]


def test_a_quote_after_a_cue_and_colon_runs_on_to_the_next_paragraph() -> None:
    # the quote opens after "She added:" and goes on in the next paragraph (no closing mark at the break)
    assert quotes_in(
        "en",
        "Anna Kowal, who runs the shelter, spoke to us on Monday.",
        "She added: 'I'm not the kind of person who's going to give up. I have my dogs. Why would I stop?",
        "'I love this work. I want to do it for a long time.'",
    ) == [
        ("direct", "I'm not the kind of person who's going to give up. I have my dogs. Why would I stop?", "Anna Kowal"),
        ("direct", "I love this work. I want to do it for a long time.", "Anna Kowal"),
    ]
