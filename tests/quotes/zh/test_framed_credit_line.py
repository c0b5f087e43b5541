"""A quote paragraph with no speaker, then a one-sentence paragraph setting the scene whose last clause is a subject
and a cue (“…！” / 11月15日，在丰收节开幕式上，种粮大户彭振华高兴地说。): that subject speaks the quote, as a short
credit line's does (made-up pages; expected values read from them)."""

from __future__ import annotations

import cqnews
from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block

_PAGE = """<html lang="zh-CN"><head><meta charset="utf-8"><title>山区小学用上了新操场</title></head><body><article>
<h1>山区小学用上了新操场</h1>
<p>“以前下雨天只能在教室里上体育课，现在终于有了塑胶跑道！”</p>
<p>11月18日上午，在某某乡中心小学新操场的启用仪式上，体育老师欧阳慧激动地说。</p>
<p>据了解，新操场由县教育局投资一百二十万元建设，面积四千平方米。</p>
</article></body></html>"""


def test_scene_before_the_subject_and_cue() -> None:
    article = cqnews.parse(_PAGE, url="https://news.example.cn/a/5.html")
    direct = [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes if q.kind == "direct"]
    assert direct == [("以前下雨天只能在教室里上体育课，现在终于有了塑胶跑道！", "欧阳慧")]


def test_two_sentences_credit_nothing() -> None:
    blocks = [
        Block(text="“这条路修了整整三年。”"),
        Block(text="村里的老人都记得那段日子。后来通了公交车，在外打工的年轻人王建军说。"),
    ]
    assert [q.speaker for q in find_quotes(blocks, "zh") if q.block == 0] == [None]


def test_short_credit_line_still_credits() -> None:
    blocks = [Block(text="“这条路修了整整三年。”"), Block(text="村支书王建军回忆说。")]
    assert [q.speaker.name if q.speaker else None for q in find_quotes(blocks, "zh")] == ["王建军"]
