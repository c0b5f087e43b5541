"""A centred line with no full stop under a picture whose paragraph is not centred is its caption when a centred line
holding only a photo credit follows it (WeChat's and Chinese portals' ``<p><img></p><p align=center>工人们在码头道路上
施工</p><p align=center>图：李华 摄</p>``; extract.image_lines._centred_line): a centred title is followed by no
credit. Before, the line stayed in the body and the picture had neither caption nor credit. A centred line with no
stop and no credit after it stays in the body. Made-up pages."""

from __future__ import annotations

import pytest

from tests.figure_helpers import article_around, sourced_images

_LEDE = "<p>记者从市交通局获悉，今年全市将新建和改造道路一百二十公里，进一步完善城市路网结构，方便市民出行。</p>"
_SRC = "https://mmbiz.example.cn/mmbiz_jpg/harbour-road/640.jpg"
_GREY = '<span style="font-size: 12px;color: rgb(136, 136, 136);">{}</span>'


def _article(figure: str) -> tuple[list[tuple[str | None, str | None, list[str]]], list[str]]:
    article = article_around(
        figure, lede=_LEDE, title="全市将新建道路一百二十公里", url="https://news.example.cn/2024/05/road.html"
    )
    return sourced_images(article), [block.text for block in article.body]


@pytest.mark.parametrize("credit", ["图：李华 摄", "图/李华 摄", "李华 摄"])
@pytest.mark.parametrize("grey", [False, True])
def test_a_centred_line_then_a_centred_credit_line(credit: str, grey: bool) -> None:
    caption, line = ("工人们在码头道路上施工", credit)
    if grey:
        caption, line = _GREY.format(caption), _GREY.format(line)
    figure = (
        f'<p><img src="{_SRC}"></p><p style="text-align: center;">{caption}</p>'
        f'<p style="text-align: center;">{line}</p>'
    )
    images, body = _article(figure)
    assert images == [(_SRC, "工人们在码头道路上施工", [credit])]
    assert "工人们在码头道路上施工" not in body


def test_a_centred_title_with_no_credit_after_it_stays_in_the_body() -> None:
    figure = f'<p><img src="{_SRC}"></p><p style="text-align: center;">港口新貌</p>'
    images, body = _article(figure)
    assert images == [(_SRC, None, [])]
    assert "港口新貌" in body
