""""wrote back saying …", "responded saying …": the report is the participle's, not the first cue's object.

The first cue ("wrote", "responded") took "back saying the contractor …" or "saying the funds …" as its reported
clause, so the quote opened with the words "back saying". The participle ("saying") reads its own report; "to say"
after the cue ("wrote back to say …") opens the report after "say". Made-up sentences in the shape of Kenyan and
Philippine copy.
"""

from __future__ import annotations

from tests.quote_helpers import reported


def test_wrote_back_saying_reports_the_clause_after_saying() -> None:
    assert reported("The roads agency wrote back saying the contractor had been paid in full.") == [
        "the contractor had been paid in full"
    ]


def test_responded_saying_reports_the_clause_after_saying() -> None:
    assert reported("The ministry responded saying the funds for the Kisumu ward had been released.") == [
        "the funds for the Kisumu ward had been released"
    ]


def test_wrote_back_to_say_reports_the_clause_after_say() -> None:
    assert reported("The barangay council wrote back to say the permit had lapsed in May.") == [
        "the permit had lapsed in May"
    ]


def test_a_comma_before_saying_is_unchanged() -> None:
    assert reported("The county wrote back, saying the contractor had been paid in full.") == [
        "the contractor had been paid in full"
    ]


def test_wrote_to_a_listener_then_saying_is_unchanged() -> None:
    assert reported("Mr Otieno wrote to the council saying the tender had been cancelled.") == [
        "the tender had been cancelled"
    ]


def test_recalled_saying_reports_the_saying() -> None:
    # "saying" after a cue that is no reply is what is recalled or denied, not the manner of the cue
    assert reported("Tom Hale denied saying the plan was dead.") == ["saying the plan was dead"]
