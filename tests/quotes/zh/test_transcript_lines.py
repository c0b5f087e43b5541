"""TV transcript lines without quote marks: a sound bite after its tag and label (【同期声】市民 陈先生：…) or on the
line after a tag and label alone is the labelled person's direct quote; an interview's answer after a label alone,
questions and labels naming no person quote nothing (made-up pages; expected values read from them)."""

from __future__ import annotations

import cqnews
from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block

_TV = """<html lang="zh-CN"><head><meta charset="utf-8"><title>老街改造完成 商户迎来客流</title></head><body>
<article><h1>老街改造完成 商户迎来客流</h1>
<p>经过半年的改造，城西老街近日重新开街。</p>
<p>【同期声】老街商户 鲁红梅</p>
<p>路面平整了，灯也亮了，晚上来逛街的人比以前多了一倍。</p>
<p>（同期）区住建局副局长 潘文涛：下一步还将对周边三条小巷进行提升。</p>
<p>据了解，老街全长八百米，现有商户一百二十家。</p>
</article></body></html>"""


def _direct(article: cqnews.Article) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes if q.kind == "direct"]


def test_sound_bites_after_a_tag() -> None:
    article = cqnews.parse(_TV, url="https://tv.example.cn/a/3.html")
    assert _direct(article) == [
        ("路面平整了，灯也亮了，晚上来逛街的人比以前多了一倍。", "鲁红梅"),
        ("下一步还将对周边三条小巷进行提升。", "潘文涛"),
    ]


def test_traditional_script_sound_bite() -> None:
    blocks = [Block(text="【同期聲】義工 李家明"), Block(text="退休後時間多了，想為社區出一分力。")]
    assert [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(blocks, "zh")] == [
        ("退休後時間多了，想為社區出一分力。", "李家明")
    ]


def test_no_quote_from_questions_or_labels_naming_no_person() -> None:
    blocks = [
        Block(text="记者：您觉得我们这里的变化大吗？"),
        Block(text="来源：我县融媒体中心"),
        Block(text="地址：某某路我家对面的三号楼"),
        Block(text="【同期声】记者：我现在所在的位置是新建成的城西大桥。"),
        Block(text="【同期声】"),
        Block(text="现场的群众纷纷鼓掌叫好。"),
    ]
    assert find_quotes(blocks, "zh") == []


def test_an_interview_answer_after_a_label_alone_is_no_quote() -> None:
    blocks = [Block(text="记者：今年的收成怎么样？"), Block(text="张建华：我家今年的粮食产量达到五万斤，再创新高。")]
    assert find_quotes(blocks, "zh") == []


def test_a_quote_after_a_label_keeps_its_marks_reading() -> None:
    blocks = [Block(text="村民王秀英：“我们家今年多收了两千斤玉米。”")]
    assert [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(blocks, "zh")] == [
        ("我们家今年多收了两千斤玉米。", "王秀英")
    ]


def test_caption_label_of_role_and_name() -> None:
    blocks = [
        Block(text="　　果农 黄秀兰：今年的橘子又大又甜，一天能卖两百多斤。"),
        Block(text="活动时间 周六：上午九点到十一点半"),
    ]
    assert [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(blocks, "zh")] == [
        ("今年的橘子又大又甜，一天能卖两百多斤。", "黄秀兰")
    ]


def test_caption_label_after_a_tag_of_other_words() -> None:
    blocks = [Block(text="【现场】护林员 罗建平：今年山上新栽了两万棵松树，成活率很高。")]
    found = [(q.text, q.speaker.name, q.speaker.role) for q in find_quotes(blocks, "zh") if q.speaker]
    assert found == [("今年山上新栽了两万棵松树，成活率很高。", "罗建平", "护林员")]
