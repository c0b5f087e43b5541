"""A past form between a count in figures and a noun modifies the noun ("412 pledged delegates"): no verb of
saying, and no report."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_pledged_between_a_count_and_a_noun_reports_nothing() -> None:
    assert reported("Okafor leads Brandt by 412 pledged delegates, a margin that widened last week.") == []


def test_pledged_before_a_noun_does_not_make_a_later_verb_a_report() -> None:
    assert reported("Okafor won 130 pledged delegates in the county and expects more next month.") == []
