"""Where the listener was told is no reported clause ("told reporters aboard Air Force One, adding …").
Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_a_place_after_the_listener_is_no_clause() -> None:
    found = reported('"We will see," Trump told reporters aboard Air Force One, adding that he would decide soon.')
    assert found == ["he would decide soon"]
    assert reported("Lee told the crowd outside the stadium, smiling, that the team would win.") == [
        "the team would win"
    ]


def test_a_clause_after_the_listener_is_still_reported() -> None:
    assert reported("Trump told reporters the plan was dead.") == ["the plan was dead"]
