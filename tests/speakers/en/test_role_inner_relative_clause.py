"""A relative clause inside a role, with no comma before it ("an expert at the university who did not work on the
study"), describes the speaker: the role ends before "who"/"which". Made-up
sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.enrich.speakers.role_text_en import before_relative
from cqnews.models import Block
from tests.quote_helpers import said


def test_a_relative_clause_after_an_inverted_speakers_role_is_cut() -> None:
    found = said('"It is hard to say," said Ian Walker, an expert in soil at the University of Leeds who did not work on it.', "en")
    assert found == [("Ian Walker", "an expert in soil at the University of Leeds")]
    found = said('"It was odd," said Paul Dent, a baker who sold bread in the square while he sang to the children.', "en")
    assert found == [("Paul Dent", "a baker")]


def test_a_relative_clause_in_an_appositive_chain_role_is_cut() -> None:
    found = said('Ian Walker, an expert in soil at the University of Leeds who did not work on it, said: "It is hard."', "en")
    assert found == [("Ian Walker", "an expert in soil at the University of Leeds")]


def test_before_relative_cuts_inside_a_part() -> None:
    assert before_relative("a nurse whose ward closed") == "a nurse"
    assert before_relative("head of a board which met twice, the chair") == "head of a board"
    assert before_relative("head of that agency") == "head of that agency"


def test_a_relative_clause_in_a_role_given_earlier_is_cut() -> None:
    paragraphs = [
        "The acts were those of Gary Holt, a baker who kept six hens in a pit in his yard while he sang, killing two.",
        'Holt said: "It was a good year."',
    ]
    found = [(q.speaker.name, q.speaker.role) for q in find_quotes([Block(text=p) for p in paragraphs], "en") if q.speaker]
    assert found == [("Gary Holt", "a baker")]
