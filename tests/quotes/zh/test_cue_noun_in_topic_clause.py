"""A cue word of the dictionary closing a clause of topic before its comma (对于上述指控，…; 針對有關指控，…: the
accusation is what is answered) is no cue: it reports nothing and names no speaker, and the cue after it reports its
own clause with its own subject (made-up sentences, simplified and traditional; the expected clause and speaker are
read from the sentence)."""

from __future__ import annotations

from tests.quote_helpers import quotes_found, said


def test_the_company_answers_the_accusation() -> None:
    text = "对于上述指控，该公司回应称，相关说法纯属捏造，公司将保留追究法律责任的权利。"
    assert quotes_found(text, "zh") == [
        ("indirect", "相关说法纯属捏造，公司将保留追究法律责任的权利。", "该公司")
    ]


def test_a_spokesman_answers_in_traditional_characters() -> None:
    text = "針對有關指控，警方發言人表示，警方一直依法處理每一宗案件。"
    assert said(text) == [(None, "警方發言人")]
    assert [clause for _, clause, _ in quotes_found(text, "zh")] == ["警方一直依法處理每一宗案件。"]


def test_an_accusation_reported_outside_a_topic_clause_stays_a_cue() -> None:
    text = "检方指控，被告人多次收受他人财物，数额特别巨大。"
    assert quotes_found(text, "zh") == [("indirect", "被告人多次收受他人财物，数额特别巨大。", "检方")]
