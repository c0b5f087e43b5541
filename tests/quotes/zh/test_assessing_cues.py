"""Verbs of assessing (分析, 判断, 预估) report the clause after their comma when a subject of their own stands
before them (医界分析，…, 市府预估，…); as nouns after a preposition or a verb (经过分析，…, 综合分析，…) nobody speaks
(made-up sentences; the expected clauses are read from the sentences)."""

from __future__ import annotations

from tests.quote_helpers import reported_zh


def test_subject_assesses() -> None:
    p = "业内人士分析，今年下半年的房价可能还会继续下跌。"
    assert reported_zh(p) == ["今年下半年的房价可能还会继续下跌。"]


def test_named_person_judges_traditional() -> None:
    p = "王大明判斷，明年年初多地都會增加這部分預算。"
    assert reported_zh(p) == ["明年年初多地都會增加這部分預算。"]


def test_noun_of_assessing_reports_nothing() -> None:
    assert reported_zh("经过分析，今年下半年的房价可能还会继续下跌。") == []
    assert reported_zh("综合判断，今年下半年的房价可能还会继续下跌。") == []
