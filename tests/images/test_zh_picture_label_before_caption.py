"""A Chinese caption line after the picture label, "图：工人在检修大桥。 王明 摄": the label, a sentence of what the
picture shows, then the credit. The line is the picture's caption, not a credit line of the story (where
"图：王明" and "图/本报记者 王明 摄" are). Made-up page and lines."""

from __future__ import annotations

import cqnews
from cqnews.extract.boilerplate import is_credit_line

_LEDE = "<p>" + "本报讯 近日，市交通部门介绍了今年城市道路改造工程的最新进展，多条主干道将在年底前完成施工。" + "</p>"


def test_picture_label_before_a_sentence_is_no_credit_line() -> None:
    assert not is_credit_line("图：工人们正在检修大桥的桥墩。 王明 摄")
    assert not is_credit_line("圖：工人們正在檢修大橋的橋墩。")


def test_picture_label_before_a_name_stays_a_credit_line() -> None:
    assert is_credit_line("图：王明")
    assert is_credit_line("图：本报记者 王明 摄")
    assert is_credit_line("图：新华社记者王明摄。")


def test_centred_caption_line_after_the_label_goes_to_the_picture() -> None:
    html = (
        "<html lang='zh'><head><title>道路改造工程进展</title></head><body><article><h1>道路改造工程进展</h1>"
        f"{_LEDE}{_LEDE}"
        '<p style="text-align: center;"><img src="https://www.example.cn/img/qiao-1200.jpg"></p>'
        '<p style="text-align: center;">图：工人们正在检修大桥的桥墩。 王明 摄</p>'
        f"{_LEDE}</article></body></html>"
    )
    article = cqnews.parse(html, url="https://www.example.cn/news/2026/1205/a1.html")
    assert [(i.caption, [(c.name, c.raw) for c in i.credits]) for i in article.images] == [
        ("图：工人们正在检修大桥的桥墩。", [("王明", "王明 摄")])
    ]
    assert not any(c.raw and "桥墩" in c.raw for c in article.credits)
