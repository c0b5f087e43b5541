"""A cue with the particle 着 right before the quote it reports (念叨着“…”, 嘀咕着「…」) reports that quote and no
clause: 着 is the cue's, so no reported clause opening at 着 and running on past the quote is read."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _found(text: str) -> list[tuple[QuoteKind, str]]:
    return [(q.kind, q.text) for q in find_quotes([Block(text=text)], "zh")]


def test_nianda_zhe_reports_only_the_quote() -> None:
    assert _found("奶奶坐在门口，念叨着“孙子该放学了”，一遍遍朝路口张望。") == [(QuoteKind.DIRECT, "孙子该放学了")]


def test_digu_zhe_before_corner_marks() -> None:
    assert _found("收银员邝美玲嘀咕着「又停电了」，把抽屉锁好。") == [(QuoteKind.DIRECT, "又停电了")]
