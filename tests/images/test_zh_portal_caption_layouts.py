"""Chinese portal layouts: the picture centred in its own paragraph, the caption with its credit in the next one
(``<p style="text-align:center"><img></p><p style="text-align:center">…（记者 王明 摄）</p>``), or in a figure.
The credit forms of the portals: a reporter who shot, an agency's reporter, "图/", a picture source. Caption and
credit are written from each made-up page."""

from __future__ import annotations

import pytest

import cqnews

_LEDE = "<p>本报讯 近日，市交通部门介绍了今年城市道路改造工程的最新进展，多条主干道将在年底前完成施工。</p>"
_SRC = "https://www.example.cn/img/qiao-1200.jpg"
_CAP = "工人们正在检修大桥的桥墩。"
_CENTRED = '<p style="text-align: center;"><img src="' + _SRC + '"></p><p style="text-align: center;">{}</p>'
_FIGURE = '<figure><img src="' + _SRC + '"><figcaption>{}</figcaption></figure>'

_CASES: dict[str, tuple[str, str]] = {
    "centred, reporter in brackets": (_CENTRED, "（记者 王明 摄）"),
    "centred, picture label": (_CENTRED, "图/王明"),
    "centred, agency reporter": (_CENTRED, "新华社记者 王明 摄"),
    "figure, name in brackets": (_FIGURE, "（王明 摄）"),
    "figure, picture source": (_FIGURE, "（图片来源：视觉中国）"),
    "figure, name and slash": (_FIGURE, "王明/摄"),
}


@pytest.mark.parametrize("case", sorted(_CASES))
def test_caption_and_credit_apart(case: str) -> None:
    layout, credit = _CASES[case]
    html = (
        "<html lang='zh'><head><title>道路改造工程进展</title></head><body><article><h1>道路改造工程进展</h1>"
        f"{_LEDE}{_LEDE}{layout.format(_CAP + credit)}{_LEDE}</article></body></html>"
    )
    article = cqnews.parse(html, url="https://www.example.cn/news/2026/1205/a3.html")
    assert [(i.caption, [c.raw for c in i.credits]) for i in article.images] == [(_CAP, [credit])]
    assert all(_CAP not in block.text for block in article.body)
