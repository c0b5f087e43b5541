"""A Chinese label that only names the line as the picture's caption ("图片：", "圖片：", "图片说明：") is dropped from
the caption as "Caption:" is, and a paragraph under a picture opening with one is that picture's caption; the short
"图：" and the file-picture label ("资料图：") stay; a note's label ("图注：") is dropped too (Session 63,
test_caption_zh_note_label.py). Made-up pages."""

from __future__ import annotations

import pytest

import cqnews

_SRC = "https://img.example.cn/2026/05/port-800.jpg"
_LEDE = "<p>" + "港口管理局周一表示，新码头将于秋季投入使用，为更大的船舶增加泊位，并将提高整体吞吐能力。" * 3 + "</p>"
_TAIL = "<p>" + "负责人表示，今年的吞吐量预计将继续增长，并将加快建设新的泊位，提升服务水平。" * 3 + "</p>"


def _page(figure: str) -> str:
    return (f"<html><head><title>新码头将于秋季投入使用</title></head><body><article><h1>新码头将于秋季投入使用</h1>"
            f"{_LEDE}{figure}{_TAIL}</article></body></html>")


@pytest.mark.parametrize(
    ("figure", "caption"),
    [
        (f'<figure><img src="{_SRC}"><figcaption>图片：5月12日，工人在码头装卸集装箱。</figcaption></figure>',
         "5月12日，工人在码头装卸集装箱。"),
        (f'<figure><img src="{_SRC}"><figcaption>图片说明：5月12日，工人在码头装卸集装箱。</figcaption></figure>',
         "5月12日，工人在码头装卸集装箱。"),
        (f'<figure><img src="{_SRC}"><figcaption>圖片：工人在碼頭裝卸貨櫃。</figcaption></figure>', "工人在碼頭裝卸貨櫃。"),
        (f'<p style="text-align:center"><img src="{_SRC}"></p><p style="text-align:center">图片：港口的夜景。</p>',
         "港口的夜景。"),
        (f'<figure><img src="{_SRC}"><figcaption>资料图：港口的夜景。</figcaption></figure>', "资料图：港口的夜景。"),
        (f'<figure><img src="{_SRC}"><figcaption>图注：港口的夜景。</figcaption></figure>', "港口的夜景。"),
    ],
)
def test_zh_caption_label_dropped(figure: str, caption: str) -> None:
    article = cqnews.parse(_page(figure), url="https://news.example.cn/2026/05/12/port.html")
    assert [(i.src, i.caption) for i in article.images] == [(_SRC, caption)]
    assert all(caption not in b.text for b in article.body)
