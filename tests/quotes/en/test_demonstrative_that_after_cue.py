"""A "that" right after a cue with no verb in the words after it up to the report's end is a determiner ("calls that
claim into question", "rejected that idea outright"), not the conjunction opening a reported clause: nothing is
reported. A "that" before a clause with its verb still opens the report. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_that_before_a_noun_and_an_idiom_is_no_report() -> None:
    assert reported("A new audit by the ports authority calls that estimate into question.") == []


def test_that_before_a_noun_and_an_adverb_is_no_report() -> None:
    assert reported("The county treasurer rejected that proposal outright on Thursday.") == []


def test_that_before_a_clause_with_an_auxiliary_is_the_report() -> None:
    assert reported("The water board said that the mains would be replaced by June.") == [
        "the mains would be replaced by June"
    ]


def test_that_before_a_time_phrase_and_a_past_verb_is_the_report() -> None:
    assert reported("The headteacher said that on Monday the governors voted to close the pool.") == [
        "on Monday the governors voted to close the pool"
    ]


def test_that_before_a_possessive_subject_is_the_report() -> None:
    assert reported("The returning officer said that Friday's count would finish late.") == [
        "Friday's count would finish late"
    ]
