"""Verbs of complaining, muttering, comforting and praising report the quote they introduce or close (抱怨, 埋怨,
嘟囔, 安慰, 夸赞), as 念叨 and 嘀咕 do; they report no clause without a quote (不少车主抱怨充电桩太少 stays no
direct quote), and 着 between the verb and the quote opens no reported clause."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _found(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (q.kind.value, q.text, q.speaker.name if q.speaker else None, q.cue)
        for q in find_quotes([Block(text=text)], "zh")
    ]


def test_complaining_before_a_quote_without_a_colon() -> None:
    assert _found("开会那天，牛振华抱怨“审批材料交了四回”。") == [("direct", "审批材料交了四回", "牛振华", "抱怨")]


def test_grumbling_with_a_colon() -> None:
    assert _found("排到一半，贾红梅埋怨：“早知道就不来了。”") == [("direct", "早知道就不来了。", "贾红梅", "埋怨")]


def test_muttering_with_zhe_reports_no_clause() -> None:
    found = _found("走出诊室，庞淑芬嘟囔着“又白跑一趟”，把病历塞回包里。")
    assert found == [("direct", "又白跑一趟", "庞淑芬", "嘟囔")]
    assert all(kind != QuoteKind.INDIRECT.value for kind, *_ in found)


def test_complaining_without_a_quote_is_no_direct_quote() -> None:
    assert [q for q in find_quotes([Block(text="不少车主抱怨充电桩太少。")], "zh") if q.kind is QuoteKind.DIRECT] == []
