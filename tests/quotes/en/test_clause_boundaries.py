"""English reported speech, round 3 (issue 11): noun objects, clause boundaries.
Made-up sentences, one shape each."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, Quote, QuoteKind


def _indirect(*paragraphs: str) -> list[Quote]:
    return [q for q in find_quotes([Block(text=p) for p in paragraphs], "en") if q.kind is QuoteKind.INDIRECT]


def _texts(*paragraphs: str) -> list[str]:
    return [q.text for q in _indirect(*paragraphs)]


# --- noun objects -------------------------------------------------------------------------------


def test_maintained_with_a_clause_still_reports() -> None:
    assert _texts("The mayor maintained the bridge was safe for traffic.") == ["the bridge was safe for traffic"]


def test_maintained_with_a_pronoun_subject_reports() -> None:
    assert _texts("Tom Reyes maintained he never saw the letter.") == ["he never saw the letter"]


# --- cues ---------------------------------------------------------------------------------------


def test_speculated_without_that_is_no_report() -> None:
    assert _texts("Analysts speculated about the merger for weeks.") == []


# --- "according to" inside a clause -------------------------------------------------------------


def test_according_to_inside_a_clause_reports_the_whole_clause() -> None:
    quotes = _indirect("Two winters ago, according to a story his brother Dan has told, Leo sold his car to pay rent.")
    assert len(quotes) == 1
    assert quotes[0].text.endswith("Leo sold his car to pay rent")
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Dan"


def test_according_to_after_a_subject_keeps_the_subject() -> None:
    quotes = _indirect("The talks were short; the envoy, according to the Daily Ledger, left the room early.")
    assert [q.text for q in quotes] == ["the envoy, according to the Daily Ledger, left the room early"]


def test_according_to_at_the_end_reports_what_stands_before() -> None:
    assert _texts("The two men were freed in the capital on Monday, according to a police spokesman.") == [
        "The two men were freed in the capital on Monday"
    ]


# --- clauses that only frame a direct quote ----------------------------------------------------


# --- a participle reports anew ------------------------------------------------------------------


# --- a relative "that" is not the cue's ---------------------------------------------------------


def test_relative_that_after_a_bare_clause() -> None:
    assert _texts("Nurses say they are worn out by the drills that were held every week.") == [
        "they are worn out by the drills that were held every week"
    ]


@pytest.mark.parametrize("verb", ["was", "didn't", "wasn’t", "couldn't"])
def test_relative_that_after_an_object_is_no_report(verb: str) -> None:
    assert _texts(f"Judges questioned the rule in a long case that {verb} end in a verdict.") == []


def test_relative_that_before_a_past_verb_and_its_object() -> None:
    # "that contained the drug" is the products' relative clause: the warning is the request before it.
    assert _texts("The regulator warned shoppers to avoid diet pills that contained the drug.") == [
        "shoppers to avoid diet pills that contained the drug"
    ]


def test_complement_that_before_a_past_participle_adjective_still_reports() -> None:
    # "armed" opens the clause's subject ("armed men"), no object follows it: the "that" is the cue's.
    assert _texts("The police warned on Monday that armed men had entered the town.") == [
        "armed men had entered the town"
    ]


def test_complement_that_after_a_listener_still_reports() -> None:
    assert _texts("The mayor told reporters on Monday that the road would reopen soon.") == [
        "the road would reopen soon"
    ]


def test_a_decade_ends_its_sentence() -> None:
    # The "s" of "the 1980s." is no initial: the full stop ends the reported clause's sentence.
    text = "Local farmers say the river has not flooded like this since the 1980s. Ann Ruiz visited the dam on Monday."
    assert _texts(text) == ["the river has not flooded like this since the 1980s"]


def test_a_clause_at_the_block_start_begins_after_the_dateline() -> None:
    # "HARTFORD (AP) — " is where the story was filed from, not the department's words.
    text = "HARTFORD (AP) — The river rose two feet overnight, the state weather service said Friday."
    assert _texts(text) == ["The river rose two feet overnight"]
