"""A cue word that is the first half of a compound noun ("think tank") is no verb inside a closing subject
(English): "…, the think tank Ember said." is Ember's report, as "…, the research group Ember said." is.
Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported_by


def test_a_think_tank_named_after_its_noun_closes_a_report() -> None:
    assert reported_by(
        "Wind farms will make more power than gas plants next winter, the think tank Ember said.", "en"
    ) == [("Ember", "Wind farms will make more power than gas plants next winter")]

