"""A straight single quote opening a sentence after a quote closed in the same paragraph, and running on to the
next paragraph without a closer ("'…,' she said. 'Nobody came near us." / "'I had no food.'"), as tabloids write a
quote split by its attribution that goes on over paragraphs. A single mark closing a word before a space
('Big' is …) keeps it a word. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import texts_in


def test_the_second_piece_runs_to_the_next_paragraph() -> None:
    assert texts_in(
        "'I slept on the floor for nine hours,' she said. 'Nobody from the airline came near us.",
        "'I had no food and no water.'",
        language="en",
    ) == ["I slept on the floor for nine hours,", "Nobody from the airline came near us.", "I had no food and no water."]


def test_a_quoted_word_after_a_closed_quote_is_no_quote() -> None:
    assert texts_in("'It was huge,' she said. 'Huge' is the word they all used.", language="en") == ["It was huge,"]
