""" "文/图" (text and pictures) before the names after a caption's stop ("…桥墩。文/图 王明") is the picture's credit, as
"王明 文/图" is; a line holding only "文/图 王明" under the lead picture stays the article's byline (a first reading of
the label took it from the article). The label is no name ("文图"). Made-up captions and page."""

from __future__ import annotations

import pytest

import cqnews
from cqnews.credit_text.photo import parse_photo_credit
from tests.figure_helpers import caption_and_credits

_CAPTION = "工人在港口大桥的桥墩旁施工。"
_LEDE = "<p>" + "市政府周一决定修复港口道路，并将在夏季开始施工，预计明年完工，市民出行将更加便利。" * 4 + "</p>"
_IMG = '<p style="text-align:center"><img src="https://www.example.cn/img/bridge-1200.jpg"></p>'


@pytest.mark.parametrize(
    ("credit", "names"),
    [("文/图 王明", ["王明"]), ("文／圖：王明 李华", ["王明", "李华"]), ("文/图 本报记者 王明", ["王明"])],
)
def test_text_and_pictures_label_after_the_caption_is_its_credit(credit: str, names: list[str]) -> None:
    assert caption_and_credits(f"{_CAPTION}{credit}") == (_CAPTION, [(name, None, credit) for name in names])


def test_the_label_is_no_name() -> None:
    assert [(c.name, c.organization) for c in parse_photo_credit("文/图 王明")] == [("王明", None)]


def _page(after_picture: str) -> cqnews.Article:
    html = (
        "<html><head><title>港口大桥开始维修</title></head><body><article><h1>港口大桥开始维修</h1>"
        f"{_IMG}{after_picture}{_LEDE}{_LEDE}</article></body></html>"
    )
    return cqnews.parse(html, url="https://www.example.cn/news/2026/12/bridge.html")


def test_caption_line_with_the_label_under_a_picture() -> None:
    article = _page(f'<p style="text-align:center">{_CAPTION}文/图 王明</p>')
    assert [(i.caption, [c.name for c in i.credits]) for i in article.images] == [(_CAPTION, ["王明"])]
    assert _CAPTION not in article.text


def test_label_line_alone_under_the_lead_picture_stays_the_byline() -> None:
    article = _page("<p>文/图 王明</p>")
    assert article.authors == ["王明"]
    assert [i.credits for i in article.images] == [[]]
