"""A quote that a <p> or a <br> cuts in two blocks (“A，[break] B。”): the rest in the next block, up to its closing
mark, is a direct quote of the same speaker continuing the first (made-up pages; expected values read from them)."""

from __future__ import annotations

import cqnews
from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block

_PAGE = """<html lang="zh-CN"><head><meta charset="utf-8"><title>老旧小区改造惠民生</title></head><body><article>
<h1>老旧小区改造惠民生</h1>
<p>连日来，记者走访了多个正在改造的老旧小区，看到不少楼道装上了新电梯。</p>
<p>社区党委书记陈红说：“改造前我们挨家挨户征求意见，</p>
<p>大家的需求都写进了方案里。”</p>
<p>居民王大爷表示，现在上下楼方便多了，心里很高兴。</p>
</article></body></html>"""


def test_rest_of_a_quote_cut_by_a_paragraph_break() -> None:
    article = cqnews.parse(_PAGE, url="https://news.example.cn/a/1.html")
    found = [(q.text, q.speaker.name if q.speaker else None, q.continues) for q in article.quotes if q.kind == "direct"]
    assert found == [("改造前我们挨家挨户征求意见，", "陈红", None), ("大家的需求都写进了方案里。", "陈红", 0)]


def test_rest_in_corner_marks() -> None:
    blocks = [Block(text="議員陳志明說：「現時輪候公屋的時間太長，"), Block(text="基層市民苦不堪言。」")]
    found = [(q.text, q.speaker.name if q.speaker else None, q.continues) for q in find_quotes(blocks, "zh")]
    assert found == [("現時輪候公屋的時間太長，", "陳志明", None), ("基層市民苦不堪言。", "陳志明", 0)]


def test_no_rest_after_a_closed_quote() -> None:
    blocks = [Block(text="王明说：“今年的任务完成了。”"), Block(text="他又提到了“三个一”工作法。")]
    assert [q.text for q in find_quotes(blocks, "zh") if q.block == 1 and q.kind == "direct"] == []


def test_no_rest_when_the_next_block_opens_a_quote_first() -> None:
    blocks = [Block(text="王明说：“今年的任务，"), Block(text="他又说：“明年再干。”")]
    assert [q.text for q in find_quotes(blocks, "zh") if q.block == 1] == ["明年再干。"]


def test_rest_running_through_a_block_with_no_mark() -> None:
    blocks = [
        Block(text="村支书王海说：“今年收成不错，"),
        Block(text="大家干劲很足，"),
        Block(text="明年还要扩大种植面积。”"),
    ]
    found = [(q.block, q.text, q.speaker.name if q.speaker else None, q.continues) for q in find_quotes(blocks, "zh")]
    assert found == [
        (0, "今年收成不错，", "王海", None),
        (1, "大家干劲很足，", "王海", 0),
        (2, "明年还要扩大种植面积。", "王海", 1),
    ]


def test_no_rest_when_no_block_closes_the_quote() -> None:
    blocks = [Block(text="村支书王海说：“今年收成不错，"), Block(text="大家干劲很足，"), Block(text="村里还修了新路。")]
    assert [q.block for q in find_quotes(blocks, "zh")] == [0]
