"""A line right under a picture holding only a Chinese file-picture note ("资料照片", "（资料图）") is the picture's credit
note, as it is closing a caption: it stayed in the story's text before (a body block that is only a photo credit), and
a caption line above such a note stayed there too. Made-up pages in the shape of Chinese portal templates (Session
61)."""

from __future__ import annotations

import pytest

import cqnews

_ZH = "工人们正在检修大桥的桥墩。"
_LEDE = "<p>本报讯 近日，市交通部门介绍了今年城市道路改造工程的最新进展，多条主干道将在年底前完成施工。</p>"
_IMG = '<img src="https://img.example.com/p/2026/a1.jpg">'


def _article(markup: str) -> cqnews.Article:
    html = (
        "<html lang='zh'><head><title>城市道路改造工程进展</title></head><body><article><h1>城市道路改造工程进展</h1>"
        f"{_LEDE}{_LEDE}{markup}{_LEDE}</article></body></html>"
    )
    return cqnews.parse(html, url="https://news.example.com/2026/12/05/story-1.html")


@pytest.mark.parametrize(
    ("markup", "caption", "note"),
    [
        (f'<p align="center">{_IMG}</p><p align="center">资料照片</p>', None, "资料照片"),
        (f"<p>{_IMG}</p><p>（资料图）</p>", None, "资料图"),
        (f'<p align="center">{_IMG}</p><p align="center">{_ZH}</p><p align="center">资料图片</p>', _ZH, "资料图片"),
    ],
)
def test_file_picture_note_under_a_picture(markup: str, caption: str | None, note: str) -> None:
    article = _article(markup)
    assert [(i.caption, [(c.name, c.organization) for c in i.credits]) for i in article.images] == [
        (caption, [(None, note)])
    ]
    assert [b.text for b in article.body] == [_LEDE[3:-4]] * 3


def test_note_without_a_picture_stays() -> None:
    assert "资料照片" in [b.text for b in _article("<p>资料照片</p>").body]
