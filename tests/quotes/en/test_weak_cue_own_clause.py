"""A weak cue (belief, inference: "believes", "thinks") followed by a clause of its own ("his campaign believes
the move has …") closes no sentence: the clause before it ("…, and while A, …") is not what it reports.
A weak cue that ends its sentence still does ("…, the coach believes."). Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_a_belief_with_its_own_clause_reports_nothing_before_it() -> None:
    text = "The team lost again, and while some fans were upset, the coach believes the season is not over."
    assert reported(text) == []


def test_a_belief_with_its_own_pronoun_clause_reports_nothing_before_it() -> None:
    assert reported("The mill shut in May, but the union thinks it will reopen soon.") == []


def test_a_belief_ending_the_sentence_still_reports_the_clause_before() -> None:
    assert reported("The team lost again, the coach believes.") == ["The team lost again"]


def test_a_strong_cue_with_its_own_clause_reports_that_clause() -> None:
    assert reported("The team lost again, and the coach said the season is not over.") == ["the season is not over"]
