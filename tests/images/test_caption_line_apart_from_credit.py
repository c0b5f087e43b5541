"""A caption paragraph and its credit written as two lines under the picture (Chinese portals' centred lines,
plain templates elsewhere): ``<p><img></p><p>Caption.</p><p>图片来源：视觉中国</p>``; and a credit line under a
picture whose caption element carries none. Made-up pages; the caption and credit are read from each."""

from __future__ import annotations

import cqnews

_ZH_LEDE = "<p>" + "市政府周三表示，新建的跨江大桥将于年底通车，届时两岸的通行时间将大幅缩短。" * 3 + "</p>"
_EN_LEDE = "<p>" + "The council said on Wednesday that the new bridge would open by the end of the year. " * 3 + "</p>"
_ZH_SRC = "https://img.example.cn/2026/04/bridge-900.jpg"
_EN_SRC = "https://media.example.com/2026/04/bridge-1400.jpg"


def _images(figure: str, lede: str, url: str) -> list[tuple[str | None, str | None, list[str]]]:
    html = (
        f"<html><head><title>Bridge</title></head><body><article><h1>大桥年底通车</h1>{lede}{figure}{lede}{lede}"
        "</article></body></html>"
    )
    article = cqnews.parse(html, url=url)
    return [(i.src, i.caption, [c.raw for c in i.credits]) for i in article.images]


def test_zh_caption_line_then_source_line() -> None:
    figure = (
        f'<p style="text-align:center"><img src="{_ZH_SRC}"></p>'
        '<p style="text-align:center">4月20日，工人在大桥主塔上进行焊接作业。</p>'
        '<p style="text-align:center">图片来源：视觉中国</p>'
    )
    got = _images(figure, _ZH_LEDE, "https://news.example.cn/2026/04/21/bridge.html")
    assert got == [(_ZH_SRC, "4月20日，工人在大桥主塔上进行焊接作业。", ["图片来源：视觉中国"])]


def test_en_caption_line_then_credit_line() -> None:
    figure = (
        f'<div class="img"><img src="{_EN_SRC}"></div><p>Welders work on the main tower of the bridge in April.</p>'
        "<p>Photo by Daniel Ferreira</p>"
    )
    got = _images(figure, _EN_LEDE, "https://news.example.com/2026/04/21/bridge.html")
    assert got == [(_EN_SRC, "Welders work on the main tower of the bridge in April.", ["Photo by Daniel Ferreira"])]


def test_long_paragraph_before_a_credit_line_stays_text() -> None:
    text = "The council said the bridge would open late. " * 4
    figure = f'<div class="img"><img src="{_EN_SRC}"></div><p>{text.strip()}</p><p>Photo: Daniel Ferreira</p>'
    got = _images(figure, _EN_LEDE, "https://news.example.com/2026/04/21/bridge.html")
    assert all(caption is None or "council said" not in caption for _, caption, _ in got)


def test_zh_source_line_after_a_captioned_picture() -> None:
    figure = (
        f'<div class="img_wrapper"><img src="{_ZH_SRC}"><span class="img_descr">大桥主塔在夜色中亮灯。</span></div>'
        "<p>（图片来源：东方IC）</p>"
    )
    got = _images(figure, _ZH_LEDE, "https://news.example.cn/2026/04/21/bridge.html")
    assert got == [(_ZH_SRC, "大桥主塔在夜色中亮灯。", ["（图片来源：东方IC）"])]
