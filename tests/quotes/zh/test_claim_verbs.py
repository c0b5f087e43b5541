"""Verbs of saying that end in the cue 称 (宣称, 辩称) are the cue as a whole: after a reported clause, ，并宣称… opens a
second clause of the same speaker, as ，并表示… does (the 称 alone stood inside the word and chained nothing)."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_a_second_clause_after_bing_xuancheng() -> None:
    text = "该公司周一宣布，新工厂已经投产，并宣称这是行业内规模最大的一座工厂。"
    assert quotes_found(text, "zh") == [
        ("indirect", "新工厂已经投产", "该公司"),
        ("indirect", "这是行业内规模最大的一座工厂。", "该公司"),
    ]


def test_the_same_in_traditional_characters() -> None:
    text = "該公司周一宣布，新工廠已經投產，並宣稱這是業內規模最大的一座工廠。"
    assert [q[1] for q in quotes_found(text, "zh")] == ["新工廠已經投產", "這是業內規模最大的一座工廠。"]
