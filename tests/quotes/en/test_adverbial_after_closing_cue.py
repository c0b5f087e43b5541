"""A cue closing a direct quote may be followed by adverbials only ("“…,” he said outside the court.",
"“…,” she said sarcastically."): the quote is the report, and those words are no reported clause. After a cue that
takes an object ("“…,” the letter urged voters to …") the words after it still report."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_a_place_after_a_closing_cue_is_no_report() -> None:
    assert quotes_found("“We will appeal the ruling,” Marta Lindqvist said outside the courthouse in Malmö.") == [
        ("direct", "We will appeal the ruling,", "Marta Lindqvist")
    ]


def test_a_manner_adverb_after_a_closing_cue_is_no_report() -> None:
    assert quotes_found("“What a lovely surprise,” Oskar Brenner said sarcastically.") == [
        ("direct", "What a lovely surprise,", "Oskar Brenner")
    ]


def test_a_time_into_an_event_after_a_closing_cue_is_no_report() -> None:
    assert quotes_found("“Nobody has mentioned the budget yet,” Brenner said ten minutes into the hearing.") == [
        ("direct", "Nobody has mentioned the budget yet,", "Brenner")
    ]


def test_a_time_and_place_after_a_closing_cue_is_no_report() -> None:
    assert quotes_found("“We are in a bubble,” Ada Moreau said recently in Lyon.") == [
        ("direct", "We are in a bubble,", "Ada Moreau")
    ]


def test_the_one_told_after_a_closing_cue_is_no_report() -> None:
    assert quotes_found("“We are ready for the vote,” Ada Moreau told BBC Radio's weekly politics show.") == [
        ("direct", "We are ready for the vote,", "Ada Moreau")
    ]
