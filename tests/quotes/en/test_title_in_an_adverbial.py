"""A title of several capitalised words in the adverbial after a cue ("wrote in the Boston Journal of Medicine") is
one noun: no word of it opens a reported clause, so the clause before the cue is the report. A clause after the
whole title still is. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_journal_title_after_a_closing_cue() -> None:
    assert reported("The pill halved the risk, the authors wrote in the Dover Journal of Sleep Medicine.") == [
        "The pill halved the risk"
    ]


def test_newspaper_title_of_two_words() -> None:
    assert reported("The dam is unsafe, the engineers wrote in the Riverton Courier.") == ["The dam is unsafe"]


def test_clause_after_the_whole_title_is_the_report() -> None:
    assert reported("She wrote in the Annals of Coastal Ecology the reefs were recovering.") == [
        "the reefs were recovering"
    ]
