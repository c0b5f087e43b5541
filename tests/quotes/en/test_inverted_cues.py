"""English inverted cues ("…, said Tom Ruiz."): a subject after the cue, not a clause."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _indirect(text: str) -> list[tuple[str, str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], "en")
    return [
        (q.text, q.speaker.name if q.speaker else None, q.cue) for q in quotes if q.kind is QuoteKind.INDIRECT
    ]


def test_a_clause_after_the_cue_is_no_inverted_subject() -> None:
    # The comma before "said" closes a relative clause on the subject; "the president also has
    # spoken …" is what the aide said, so the words before the comma are no report by the president.
    text = (
        "An aide, who requested anonymity to discuss a private talk, said the president also has spoken"
        " with the mayor."
    )
    assert all(speaker != "the president" for _, speaker, _ in _indirect(text))
    assert all(not quoted.startswith("An aide") for quoted, _, _ in _indirect(text))


def test_an_inverted_subject_with_a_relative_clause_still_speaks() -> None:
    text = "The bridge will be closed for a month, said Tom Ruiz, who was elected in 2012."
    assert _indirect(text) == [("The bridge will be closed for a month", "Tom Ruiz", "said")]


def test_an_inverted_description_speaks() -> None:
    text = "The plan will fail within a year, said the mayor."
    assert [(q, c) for q, _, c in _indirect(text)] == [("The plan will fail within a year", "said")]


def test_a_subject_before_a_parenthesis_reports_the_clause() -> None:
    # "An aide, who …, said": the relative clause set off by commas stands between subject and cue.
    text = "An aide, who asked not to be named, said the mayor had already spoken with the minister."
    assert [(q, c) for q, _, c in _indirect(text)] == [("the mayor had already spoken with the minister", "said")]


def test_a_description_before_a_relative_clause_speaks() -> None:
    text = "The two aides, who spoke on the condition of anonymity, said the vote should be delayed."
    quotes = [q for q in find_quotes([Block(text=text)], "en") if q.kind is QuoteKind.INDIRECT]
    assert [q.text for q in quotes] == ["the vote should be delayed"]
    assert quotes[0].speaker is not None and quotes[0].speaker.role == "The two aides"
