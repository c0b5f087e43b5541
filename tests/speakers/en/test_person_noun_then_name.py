"""After an inverted cue, "the" + a person noun of sport or trade, a comma and a full name ("said the umpire,
Ann Hale") names the person, the description being the role. Made-up
sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_referee_then_full_name() -> None:
    text = "“The ball hit his arm,” said the referee, Paul Tierney."
    assert said(text, "en") == [("Paul Tierney", "the referee")]


def test_driver_then_full_name() -> None:
    text = "“The car was a handful,” said the Alpine driver, Pierre Gasly."
    assert said(text, "en") == [("Pierre Gasly", "the Alpine driver")]
