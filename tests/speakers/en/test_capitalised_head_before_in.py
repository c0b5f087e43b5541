"""A capitalised noun after "the", then a phrase of "in" ending right before the cue ("the Minority in Parliament
said"), is the subject with its phrase; the body or place after "in" does not speak. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_caucus_in_a_legislature_speaks() -> None:
    assert said("“We will walk out of the House,” the Minority in Parliament said.", "en") == [
        (None, "the Minority in Parliament")
    ]


def test_a_capitalised_head_of_two_words_before_in_the_body() -> None:
    assert said("“The budget is a fraud,” the Opposition Caucus in the Senate said.", "en") == [
        (None, "the Opposition Caucus in the Senate")
    ]


def test_the_capitalised_article_opening_a_reported_sentence_is_no_word_of_the_noun() -> None:
    text = "The Opposition in Parliament said the new levy would close small shops."
    assert said(text, "en") == [(None, "The Opposition in Parliament")]


def test_a_quote_after_the_cue_with_the_article_opening_the_sentence() -> None:
    text = "The Minority in Parliament said: “We will not vote for this levy.”"
    assert said(text, "en") == [(None, "The Minority in Parliament")]
