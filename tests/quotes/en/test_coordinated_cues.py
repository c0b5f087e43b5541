"""English cues that are the second verb of a coordination ("Ruiz walked in and said: “…”")."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind
from tests.quote_helpers import quotes_found, reported


def _direct(text: str) -> list[tuple[str, str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], "en")
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in quotes if q.kind is QuoteKind.DIRECT]


def test_a_coordinated_cue_before_a_quote_takes_the_sentence_subject() -> None:
    text = "Tom Ruiz walked to the podium and said: “We will not close the library.”"
    assert _direct(text) == [("We will not close the library.", "Tom Ruiz", "said")]


def test_a_coordinated_cue_after_but_takes_the_sentence_subject() -> None:
    text = "Maria Lopez praised the budget but warned, “The roads still need work.”"
    assert _direct(text) == [("The roads still need work.", "Maria Lopez", "warned")]


def test_then_after_a_subject_pronoun_is_no_coordination() -> None:
    # "he then announced" is the reported clause's own subject and verb: the report is not cut to "he",
    # and the second cue is not given the first one's speaker.
    assert reported("Anna Berg said he then announced the plan was over.") == ["he then announced the plan was over"]
    assert reported("Anna Berg said they then warned that the bridge would close.") == [
        "they then warned that the bridge would close"
    ]


def test_then_after_a_comma_still_coordinates() -> None:
    assert quotes_found("Tom Reed said the plan was dead, then added that talks would go on.") == [
        ("indirect", "the plan was dead", "Tom Reed"),
        ("indirect", "talks would go on", "Tom Reed"),
    ]
