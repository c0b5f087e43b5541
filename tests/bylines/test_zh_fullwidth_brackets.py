"""A credit line in full-width square brackets ("［责任编辑：刘洋］") is a credit line like "【责任编辑：刘洋】" and
"[责任编辑：刘洋]": it leaves the body and gives its credit. Made-up names."""

from __future__ import annotations

import pytest

import cqnews

_PAGE = (
    "<html><head><meta charset='utf-8'><title>江城新大桥今日通车</title></head><body><div class='article'>"
    "<h1>江城新大桥今日通车</h1><div class='content'><p>3月3日，江城新大桥正式通车，全长1.2公里，双向六车道，"
    "总投资约15亿元，历时三年建成。</p><p>据了解，大桥通车后，两岸通行时间将缩短20分钟。</p><p>{line}</p>"
    "</div></div></body></html>"
)


@pytest.mark.parametrize(
    ("line", "role", "name"),
    [("［责任编辑：刘洋］", "editor", "刘洋"), ("［编辑：刘洋］", "editor", "刘洋"), ("［作者：王小明］", "author", "王小明")],
)
def test_a_credit_line_in_full_width_square_brackets(line: str, role: str, name: str) -> None:
    article = cqnews.parse(_PAGE.format(line=line))
    assert not any(line in block.text for block in article.body)
    assert [(credit.role.value, credit.name) for credit in article.credits] == [(role, name)]
