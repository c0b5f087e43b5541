"""A Chinese reported clause ends before the time of the writing after a comma (…，截至发稿，该平台未作回应): no
speaker says "as of press time", the writer does (made-up sentences in the shape of county and consumer pages)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _indirect(text: str) -> list[tuple[str, str | None]]:
    quotes = [q for q in find_quotes([Block(text=text)], "zh") if q.kind == QuoteKind.INDIRECT]
    return [(q.text, q.speaker.name if q.speaker is not None else None) for q in quotes]


def test_press_time_after_a_comma_ends_the_report() -> None:
    text = "陈先生称，自己在该平台充值了两万元，如今却无法提现，客服也联系不上，截至发稿，该平台未作回应。"
    assert _indirect(text) == [("自己在该平台充值了两万元，如今却无法提现，客服也联系不上", "陈先生")]
    text = "家长刘女士说，学校至今没有退还多收的费用，截至记者发稿时，校方仍未给出答复。"
    assert _indirect(text) == [("学校至今没有退还多收的费用", "刘女士")]
    text = "業主黃先生表示，管理處一直沒有處理漏水問題，截至發稿前，管理公司未有回覆。"
    assert _indirect(text) == [("管理處一直沒有處理漏水問題", "黃先生")]


def test_a_time_the_speaker_gives_leaves_the_report_whole() -> None:
    text = "县应急管理局表示，截至目前，全县已转移群众1200余人。"
    assert _indirect(text) == [("截至目前，全县已转移群众1200余人。", "县应急管理局")]
