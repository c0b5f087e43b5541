"""A Chinese byline under the headline whose label takes no colon ("文/记者 李明 王芳", "记者 赵磊 通讯员 孙婷"), on a
page that marks no byline element: its writers are the authors. Running text that glues the label to its verb
("记者从县交通运输局获悉") is no byline.

Every page is made up; each expected name is read off it.
"""

from __future__ import annotations

import pytest

import cqnews

_BODY = (
    "<p>近日，县交通运输局组织召开全县渡口安全工作会议，部署下一阶段重点工作。</p>"
    "<p>会议要求各乡镇进一步压实责任，加强隐患排查，确保群众出行安全。</p>"
)


def _page(line: str) -> str:
    return f'<html lang="zh"><head><title>渡口安全</title></head><body><h1>全县部署渡口安全工作</h1>{line}{_BODY}</body></html>'


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("<div>文/记者 周琳 何平</div>", ["周琳", "何平"]),
        ("<div>记者 吴昊 通讯员 郑丽</div>", ["吴昊"]),
        ("<p>本报记者 钱程</p>", ["钱程"]),
        ("<div>文／记者 冯雪</div>", ["冯雪"]),
    ],
)
def test_a_reporter_label_without_colon_opens_the_byline(line: str, authors: list[str]) -> None:
    assert cqnews.parse(_page(line), url="https://xian.example.cn/xw/1.html").authors == authors


def test_running_text_with_the_reporter_word_is_no_byline() -> None:
    line = "<p>记者从县交通运输局获悉，全县渡口将于下月完成改造。</p>"
    assert cqnews.parse(_page(line), url="https://xian.example.cn/xw/1.html").authors == []
