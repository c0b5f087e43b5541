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
