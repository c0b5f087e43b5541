"""A cue word that is the first half of a compound noun ("think tank") is no verb: nothing is reported."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_think_tank_after_a_closing_cue_reports_nothing_more() -> None:
    text = "The levy will hurt small farms, said Dora Vance, a fellow at the Moorland Trust, a rural think tank."
    assert quotes_found(text) == [("indirect", "The levy will hurt small farms", "Dora Vance")]

