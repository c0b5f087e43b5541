"""Chinese credit lines with a full-width bar ("文｜王小明 图｜李华", as WeChat accounts and portals write them)
or the long labels 撰文/摄影 ("撰文：王小明 摄影：李华") are credit lines: the writer is the author, the
photographer a photographer, and the line leaves the body. Made-up names."""

from __future__ import annotations

import pytest

import cqnews

_PAGE = (
    "<html><head><meta charset='utf-8'><title>江城新大桥今日通车</title></head><body><div class='article'>"
    "<h1>江城新大桥今日通车</h1><div class='content'><p>{line}</p><p>3月3日，江城新大桥正式通车，全长1.2公里，"
    "双向六车道，总投资约15亿元，历时三年建成。</p><p>据了解，大桥通车后，两岸通行时间将缩短20分钟。</p>"
    "</div></div></body></html>"
)


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("文｜王小明", [("author", "王小明")]),
        ("文｜王小明 图｜李华", [("author", "王小明"), ("photographer", "李华")]),
        ("撰文：王小明 摄影：李华", [("author", "王小明"), ("photographer", "李华")]),
    ],
)
def test_a_chinese_credit_line_with_a_bar_or_a_long_label(line: str, credits: list[tuple[str, str]]) -> None:
    article = cqnews.parse(_PAGE.format(line=line))
    assert [(credit.role.value, credit.name) for credit in article.credits] == credits
    assert not any(line in block.text for block in article.body)
