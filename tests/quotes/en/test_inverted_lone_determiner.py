"""An inverted cue followed by a lone "the" and the sentence's end (a cut sentence, a typo) is read without a crash:
the office test of the inverted subject needs a second word."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_said_the_at_the_sentence_end() -> None:
    assert reported("The ferry will not sail on Sunday, said the.") == ["The ferry will not sail on Sunday"]


def test_said_the_before_a_comma() -> None:
    assert reported("The ferry will not sail, said the, and the harbour stayed shut.") == ["The ferry will not sail"]
