"""A participle cue after "worth" is the writer's aside ("It's also worth noting that …"), no one's report;
a participle cue after a speaker's clause still reports ("…, Lee said, noting that …"). Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import quotes_found, reported


def test_worth_noting_that_reports_nothing() -> None:
    assert reported("It's also worth noting that while the ferry is late, the fare dispute remains unsettled.") == []


def test_worth_recalling_that_reports_nothing() -> None:
    assert reported("It is worth recalling that the bridge has been closed since May.") == []


def test_a_speaker_s_participle_still_reports() -> None:
    assert quotes_found("The ferry is late, Lee said, noting that the fare dispute remains unsettled.") == [
        ("indirect", "The ferry is late", "Lee"),
        ("indirect", "the fare dispute remains unsettled", "Lee"),
    ]
