"""WeChat's editors write a bar for the colon after a label: "来源丨人民日报", "编辑 | 王明", "责编｜李华". Glued to a
caption, "来源丨人民日报" is its source credit, as "来源：人民日报" is (the caption ended in its credit before); as a line
of the body it is a credit line of the article, not a picture without a source (before, the line stayed in the body
or became an image with no picture), and the editor's name is read without the bar ("丨王明" before). Made-up
captions and pages in the shape of WeChat articles (Session 61)."""

from __future__ import annotations

import pytest

import cqnews
from cqnews.enrich.credits import parse_credit_line
from tests.figure_helpers import caption_and_credits

_ZH = "工人们正在检修大桥的桥墩。"
_LEDE = "<p>本报讯 近日，市交通部门介绍了今年城市道路改造工程的最新进展，多条主干道将在年底前完成施工。</p>"


@pytest.mark.parametrize("written", ["来源丨人民日报", "来源|人民日报", "来源 | 人民日报", "来源｜人民日报"])
def test_source_after_a_bar_closing_a_caption(written: str) -> None:
    assert caption_and_credits(_ZH + written) == (_ZH, [(None, "人民日报", written)])


@pytest.mark.parametrize(
    ("written", "role", "name"), [("编辑丨王明", "editor", "王明"), ("文丨王明", "author", "王明")]
)
def test_labelled_line_after_a_bar(written: str, role: str, name: str) -> None:
    assert [(c.role.value, c.name) for c in parse_credit_line(written)] == [(role, name)]


def test_source_line_of_the_body_is_a_credit_line() -> None:
    figure = '<figure><img src="https://img.example.com/p/a1.jpg"><figcaption>' + _ZH + "</figcaption></figure>"
    html = (
        "<html lang='zh'><head><title>城市道路改造工程进展</title></head><body><article><h1>城市道路改造工程进展</h1>"
        f"<p>来源丨人民日报</p>{_LEDE}{figure}{_LEDE}<p>编辑丨王明</p></article></body></html>"
    )
    article = cqnews.parse(html, url="https://news.example.com/2026/12/05/story-1.html")
    assert [(i.caption, i.credits) for i in article.images] == [(_ZH, [])]
    assert [b.text for b in article.body] == [_LEDE[3:-4]] * 2
    assert [(c.role.value, c.name, c.organization) for c in article.credits] == [
        ("source", None, "人民日报"),
        ("editor", "王明", None),
    ]
