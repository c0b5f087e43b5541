"""A clause whose verb is an irregular past form set after a name and a comma ("Lena Fox, the head of Harbor
Bakeries, wrote on Friday …"; "Harbor Bakeries, spoke …") is no apposition: its words are no role of the name."""

from __future__ import annotations

from cqnews.enrich.speakers.phrases import appositive_after
from tests.quote_helpers import said


def test_an_irregular_past_verb_opens_a_clause_not_a_role() -> None:
    text = "The firm named Lena Fox, spoke to staff and then left, the report says."
    assert appositive_after(text, text.index(", spoke")) is None
    text = "They hired Lena Fox, wrote letters to the board, and quit."
    assert appositive_after(text, text.index(", wrote")) is None


def test_the_role_of_a_quoted_body_is_no_clause_of_the_sentence_before() -> None:
    text = (
        "Lena Fox, the head of Harbor Bakeries, spoke on Friday. Harbor Bakeries shut 12 shops. "
        "“It was a hard year,” she said."
    )
    roles = [role for _, role in said(text, "en")]
    assert len(roles) == 1
    assert roles[0] in (None, "the head of Harbor Bakeries")
