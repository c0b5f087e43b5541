"""A "that" inside the clause after "told" and its listener is the clause's own, not the cue's."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_a_time_phrase_with_that_in_the_clause() -> None:
    found = reported("Okafor told reporters she was in Lagos that week.")
    assert found == ["she was in Lagos that week"]


def test_the_cue_that_after_the_listener_still_opens_the_clause() -> None:
    assert reported("Okafor told reporters on Friday that she was in Lagos.") == ["she was in Lagos"]
