"""English reported speech, round 3 (issue 11, helper enind3): noun objects, clause boundaries.
Made-up sentences, one shape each."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, Quote, QuoteKind


def _indirect(*paragraphs: str) -> list[Quote]:
    return [q for q in find_quotes([Block(text=p) for p in paragraphs], "en") if q.kind is QuoteKind.INDIRECT]


def _texts(*paragraphs: str) -> list[str]:
    return [q.text for q in _indirect(*paragraphs)]


# --- noun objects -------------------------------------------------------------------------------


def test_maintained_a_lead_is_no_report() -> None:
    assert _texts("Governor Ada Brill has maintained a comfortable lead in the polls for months.") == []


def test_posted_a_photo_is_no_report() -> None:
    assert _texts("Last week the singer posted a photo of her new garden on social media.") == []


def test_maintained_with_a_clause_still_reports() -> None:
    assert _texts("The mayor maintained the bridge was safe for traffic.") == ["the bridge was safe for traffic"]


def test_maintained_with_a_pronoun_subject_reports() -> None:
    assert _texts("Tom Reyes maintained he never saw the letter.") == ["he never saw the letter"]


# --- cues ---------------------------------------------------------------------------------------


def test_speculated_that_reports() -> None:
    quotes = _indirect("Analysts have speculated that the merger will close before the summer.")
    assert [q.text for q in quotes] == ["the merger will close before the summer"]
    assert quotes[0].speaker is not None and quotes[0].speaker.role == "Analysts"


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


def test_clause_framing_a_direct_quote_is_no_indirect_quote() -> None:
    quotes = find_quotes([Block(text="The guard recalled that he said, “Open the gate now,” the police said.")], "en")
    assert [(q.kind, q.text) for q in quotes] == [(QuoteKind.DIRECT, "Open the gate now,")]


def test_subject_then_cue_is_no_coordination() -> None:
    quotes = _indirect(
        "Mara Ellis said the owner then announced: “The shop closes today,” and claims the staff were never paid."
    )
    assert [q.text for q in quotes] == ["the staff were never paid"]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Mara Ellis"


# --- a participle reports anew ------------------------------------------------------------------


def test_participle_with_that_ends_the_clause_before_it() -> None:
    quotes = _indirect(
        "The city council had argued that the old bridge is unsafe, adding that repairs would cost too much."
    )
    assert [q.text for q in quotes] == ["the old bridge is unsafe", "repairs would cost too much"]
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["The city council"] * 2


# --- a relative "that" is not the cue's ---------------------------------------------------------


def test_relative_that_after_a_bare_clause() -> None:
    assert _texts("Nurses say they are worn out by the drills that were held every week.") == [
        "they are worn out by the drills that were held every week"
    ]


def test_relative_that_after_an_object_is_no_report() -> None:
    assert _texts("Judges questioned the rule in a long case that was watched by millions.") == []


def test_complement_that_after_a_listener_still_reports() -> None:
    assert _texts("The mayor told reporters on Monday that the road would reopen soon.") == [
        "the road would reopen soon"
    ]
