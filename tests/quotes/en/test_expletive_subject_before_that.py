"""After a cue, "there", "it" or "this" and a finite verb open the reported clause: its "that" is its own."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_there_was_a_noun_that() -> None:
    found = reported("Ortiz said there was no proof that the pump had failed.")
    assert found == ["there was no proof that the pump had failed"]


def test_it_was_an_adjective_that() -> None:
    found = reported("The coach said it was vital that the squad stayed fit.")
    assert found == ["it was vital that the squad stayed fit"]


def test_this_was_a_noun_then_a_relative_that() -> None:
    found = reported("Ortiz said this was the route that the lorries used.")
    assert found == ["this was the route that the lorries used"]


def test_a_time_phrase_before_that_still_goes() -> None:
    assert reported("Ortiz said this week that the pump had failed.") == ["the pump had failed"]
