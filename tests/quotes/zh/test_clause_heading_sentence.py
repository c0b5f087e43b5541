"""A short quoted clause of more than one word heading its sentence with a comma after it (“…”，…) is words said, not
a term; a term heading its sentence goes straight on with its predicate, and one word before a comma stays a term."""

from __future__ import annotations

from tests.quote_helpers import texts_in


def test_clause_heading_sentence_before_comma_is_said() -> None:
    paragraph = "“河水还在猛涨”，那天晚上，王建国的心始终悬着。"
    assert texts_in(paragraph) == ["河水还在猛涨"]


def test_term_heading_sentence_with_predicate_is_no_quote() -> None:
    assert texts_in("“数字乡村”带动了当地农业的发展。") == []


def test_one_word_heading_sentence_before_comma_is_no_quote() -> None:
    assert texts_in("“扶贫”，是这几年村里最常听到的词。") == []
