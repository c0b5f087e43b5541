"""A line under a picture that opens with a mark pointing up ("▲5月12日，…", "↑市民在江边散步。") says what the picture
above shows: it is the picture's caption (Chinese editors' and WeChat's way), even when neither is centred. A long
paragraph opening with one stays in the body. Made-up pages."""

from __future__ import annotations

import pytest

import cqnews

_SRC = "https://img.example.cn/2026/05/port-800.jpg"
_LEDE = "<p>" + "港口管理局周一表示，新码头将于秋季投入使用，为更大的船舶增加泊位，并将提高整体吞吐能力。" * 2 + "</p>"
_TAIL = "<p>" + "负责人表示，今年的吞吐量预计将继续增长，并将加快建设新的泊位，提升服务水平。" * 2 + "</p>"


def _parse(figure: str) -> cqnews.Article:
    page = (f"<html><head><title>新码头将于秋季投入使用</title></head><body><article><h1>新码头将于秋季投入使用</h1>"
            f"{_LEDE}{figure}{_TAIL}</article></body></html>")
    return cqnews.parse(page, url="https://news.example.cn/2026/05/12/port.html")


@pytest.mark.parametrize(
    ("line", "caption", "credits"),
    [
        ("<p>▲5月12日，工人在码头装卸集装箱。</p>", "5月12日，工人在码头装卸集装箱。", []),
        ("<p>↑ 市民在新码头参观。</p>", "市民在新码头参观。", []),
        ("<p>△港口夜景。（李华 摄）</p>", "港口夜景。", ["（李华 摄）"]),
    ],
)
def test_line_pointing_up_under_a_picture_is_its_caption(line: str, caption: str, credits: list[str]) -> None:
    article = _parse(f'<p><img src="{_SRC}"></p>{line}')
    assert [(i.src, i.caption, [c.raw for c in i.credits]) for i in article.images] == [(_SRC, caption, credits)]
    assert not any(block.text.lstrip("▲↑△ ").startswith(caption) for block in article.body)


def test_long_paragraph_pointing_up_stays_in_body() -> None:
    long_line = "▲" + "工人在码头装卸集装箱，港口一片繁忙景象。今年的吞吐量预计将继续增长。新的泊位正在建设。"
    article = _parse(f'<p><img src="{_SRC}"></p><p>{long_line}</p>')
    assert [i.caption for i in article.images] == [None]
    assert long_line in [block.text for block in article.body]
