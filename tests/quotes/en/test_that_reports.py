"""English reports that need "that": belief verbs, adjectives of stance and certainty, nouns of speech.

English reports that need "that": belief verbs, adjectives of certainty, owned nouns of speech.

An adjective of stance reports a clause with "that" ("is confident that", "made it clear that"); its
subject stands before the predicate's verb. Sentences are made up.
"""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind
from tests.quote_helpers import quotes_found, reported


def _indirect(text: str) -> list[tuple[str, str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], "en")
    return [
        (q.text, q.speaker.name if q.speaker else None, q.cue) for q in quotes if q.kind is QuoteKind.INDIRECT
    ]


def test_fears_that_reports_the_feared_clause() -> None:
    found = _indirect("Maria Lopez fears that the council will reject the budget next week.")
    assert found == [("the council will reject the budget next week", "Maria Lopez", "fears")]


def test_a_belief_verb_without_that_reports_nothing() -> None:
    # Beliefs without "that" are opinions the writer describes, not reported words (see the report).
    assert _indirect("Maria Lopez fears the council will reject the budget next week.") == []


def test_fear_as_a_noun_without_an_owner_reports_nothing() -> None:
    assert _indirect("The fear that the dam could break kept the town awake.") == []


def test_an_owned_claim_that_reports_the_owner() -> None:
    found = _indirect("Dale Ruiz's claim that the count was rigged angered the clerks.")
    assert [(text[:25], who, cue) for text, who, cue in found] == [("the count was rigged ange", "Dale Ruiz", "claim")]


def test_a_claim_without_an_owner_reports_nothing() -> None:
    assert _indirect("She rejected the claim that the count was rigged.") == []


def test_made_it_clear_that_reports_the_clause() -> None:
    found = _indirect("The mayor made it clear that she would not resign over the bridge.")
    assert [(text, cue) for text, _, cue in found] == [("she would not resign over the bridge", "clear")]


def test_confident_that_reports_the_clause() -> None:
    found = _indirect("Senator Ann Pike is confident that the bill will pass this month.")
    assert [(text, cue) for text, _, cue in found] == [("the bill will pass this month", "confident")]


def test_clear_without_that_is_no_cue() -> None:
    assert _indirect("The mayor made her position clear at the meeting on Monday.") == []


def test_an_impersonal_expectation_is_no_report() -> None:
    assert _indirect("It is expected that heavy rain will fall across the valley tonight.") == []


def test_a_stance_verb_after_a_comma_has_no_inverted_speaker() -> None:
    # "…, and given the data, expects …": the subject comes before, not after the verb.
    text = "Lee does not think the slump is over, and, given the weak orders, expects the next figures might disappoint."
    assert all(who != "the next figures might" for _, who, _ in _indirect(text))


def test_made_it_clear_that() -> None:
    assert quotes_found("Rosa Vint has made it very clear that the depot will close.") == [
        ("indirect", "the depot will close", "Rosa Vint")
    ]


def test_is_confident_that() -> None:
    assert quotes_found("Tom Hale is confident that the vote will pass.") == [("indirect", "the vote will pass", "Tom Hale")]


def test_became_increasingly_convinced_that() -> None:
    assert quotes_found("Tom Hale became increasingly convinced that the vote would fail.") == [
        ("indirect", "the vote would fail", "Tom Hale")
    ]


def test_maintained_reports_a_clause_not_an_object() -> None:
    # "maintained a lead", "maintains an office": something kept, no words reported.
    assert reported("Senator Ruth Cole has maintained a clear lead in the polls for months.") == []
    assert reported("The union maintains a small office near the harbour.") == []
    assert reported("Ruth Cole maintained that the vote had been fair.") == ["the vote had been fair"]
    assert reported("Ruth Cole maintained she had done nothing wrong.") == ["she had done nothing wrong"]
