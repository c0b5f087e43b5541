"""A Chinese label naming the line under a picture as its note ("注：", "图注：", "说明：", "图说：") is no part of the
caption: the caption is what the picture shows, as "图片说明：" is dropped. A file-picture label ("资料图：") stays, and a
caption merely opening with the same characters ("说明会现场。") is left whole. Made-up pages and captions."""

from __future__ import annotations

import pytest

import cqnews
from tests.figure_helpers import caption_and_credits

_SRC = "https://img.county-news.example.cn/2026/05/breakwater-800.jpg"
_LEDE = "<p>" + "县港口管理所周一表示，防波堤修复工程将于本月底完工，届时渔船进出港口将更加安全。" * 3 + "</p>"
_CENTRE = '<p style="text-align:center">'


def _images(figure: str) -> list[tuple[str | None, str | None]]:
    page = (
        "<html><head><title>防波堤修复工程月底完工</title></head><body><article><h1>防波堤修复工程月底完工</h1>"
        f"{_LEDE}{figure}{_LEDE}{_LEDE}</article></body></html>"
    )
    article = cqnews.parse(page, url="https://www.county-news.example.cn/2026/05/12/breakwater.html")
    return [(image.src, image.caption) for image in article.images]


@pytest.mark.parametrize("label", ["注：", "图注：", "说明：", "图说：", "注:"])
def test_centred_note_label_is_no_caption_text(label: str) -> None:
    figure = f'{_CENTRE}<img src="{_SRC}"></p>{_CENTRE}{label}工人们周一在港口修复防波堤。</p>'
    assert _images(figure) == [(_SRC, "工人们周一在港口修复防波堤。")]


def test_figcaption_label_and_credit() -> None:
    written = "说明：渔民在新修的码头边整理渔网。 通讯员 王强 摄"
    assert caption_and_credits(written) == ("渔民在新修的码头边整理渔网。", [("王强", None, "通讯员 王强 摄")])


@pytest.mark.parametrize("caption", ["说明会现场，企业代表介绍新产品。", "注意安全的标语挂在码头入口。", "资料图：县城夜景。"])
def test_words_opening_so_stay(caption: str) -> None:
    assert caption_and_credits(caption)[0] == caption
