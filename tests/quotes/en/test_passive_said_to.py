"""A passive report ("the scenes are said to be based on …", "Lee is said to be furious") reports its infinitive,
with no speaker named; "said to" inside a quote is the quote's own. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import quotes_found, reported


def test_are_said_to_reports_the_infinitive() -> None:
    assert reported("Its darkest scenes are said to be based on a real killer who was never caught.") == [
        "to be based on a real killer who was never caught"
    ]


def test_is_said_to_has_no_speaker() -> None:
    assert quotes_found("Mr Lee is said to be furious about the vote.") == [
        ("indirect", "to be furious about the vote", None)
    ]


def test_said_to_inside_a_quote_is_no_report() -> None:
    assert reported("“The hall is said to be haunted,” the guide told visitors.") == []
