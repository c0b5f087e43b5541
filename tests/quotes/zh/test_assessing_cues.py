"""Verbs of assessing (分析, 判断, 预估) report the clause after their comma when a subject of their own stands
before them (医界分析，…, 市府预估，…); as nouns after a preposition or a verb (经过分析，…, 综合分析，…) nobody speaks
(made-up sentences; the expected clauses are read from the sentences)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def indirect(paragraph: str) -> list[str]:
    return [q.text for q in find_quotes([Block(text=paragraph)], "zh") if q.kind == QuoteKind.INDIRECT]


def test_subject_assesses() -> None:
    p = "业内人士分析，今年下半年的房价可能还会继续下跌。"
    assert indirect(p) == ["今年下半年的房价可能还会继续下跌。"]


def test_named_person_judges_traditional() -> None:
    p = "王大明判斷，明年年初多地都會增加這部分預算。"
    assert indirect(p) == ["明年年初多地都會增加這部分預算。"]


def test_noun_of_assessing_reports_nothing() -> None:
    assert indirect("经过分析，今年下半年的房价可能还会继续下跌。") == []
    assert indirect("综合判断，今年下半年的房价可能还会继续下跌。") == []
