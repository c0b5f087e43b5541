"""After a time phrase right after a cue ("said late Tuesday …"), no bare clause opens past punctuation (an
apposition to the time: "…, the day after the vote") nor past a lead of a place or a medium ("said late Monday on
CNN …"). Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_apposition_after_time_is_no_clause() -> None:
    assert "the day after the vote" not in reported("The plan would fail, Lee said late Tuesday, the day after the vote.")


def test_medium_after_time_is_no_clause() -> None:
    found = reported("The mayor said early Monday on the radio station the bridge would reopen.")
    assert not any(text.startswith(("the radio station", "radio station")) for text in found)


def test_clause_after_time_still_reported() -> None:
    assert reported("Lee said late Tuesday the plan would fail.") == ["the plan would fail"]
