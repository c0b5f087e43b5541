"""After an inverted cue, a count or "one" with a capitalised modifier and an agent noun ("said one Osaka-based
trader", "said two Dutch investors") describes unnamed sources: no name "Osaka-based". Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_one_place_based_trader() -> None:
    text = "“Buyers are staying away for now,” said one Osaka-based trader."
    assert said_in_en(text) == [(None, "one Osaka-based trader")]


def test_two_place_based_dealers() -> None:
    text = "“Buyers are staying away for now,” said two Mumbai-based dealers."
    assert said_in_en(text) == [(None, "two Mumbai-based dealers")]
