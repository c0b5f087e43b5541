"""之称 is a noun, "the name of" (有“价格屠夫”之称，…): no cue, so the clause after its comma is reported by nobody
(made-up sentences; the expected clause is read from the sentence)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def indirect(paragraph: str) -> list[str]:
    return [q.text for q in find_quotes([Block(text=paragraph)], "zh") if q.kind == QuoteKind.INDIRECT]


def test_name_of_reports_nothing() -> None:
    assert indirect("这家小店因此有“面条之王”之称，每天中午门口都排起长队。") == []


def test_cheng_after_subject_still_reports() -> None:
    p = "店主称，每天中午门口都会排起很长的队伍。"
    assert indirect(p) == ["每天中午门口都会排起很长的队伍。"]
