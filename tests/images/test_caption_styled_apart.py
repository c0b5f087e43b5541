"""A short paragraph right under a picture set in grey or small type by its own inline style, or by that of the one
span holding its text (``<p><span style="color:#808080">…</span></p>``, ``<p style="font-size:12px">…</p>``, as
classic editors and Chinese CMSs write a caption), when the next paragraph is not set so: the picture's caption, as a
paragraph in ``<small>`` or italics there is. Before, the picture had no caption and the line stayed in the body. A
page that sets every paragraph in that type sets none apart: its line under the picture stays the story's. Made-up
pages in the shape of small-town WordPress sites and Chinese county portals (Session 61)."""

from __future__ import annotations

import pytest

import cqnews
from tests.figure_helpers import IMG

_EN = "Workers reinforce the piers of the old river bridge on Monday."
_ZH = "工人正在加固老城区江边步道的桥墩。"
_STORY = "The council voted on Monday to repair the road and to start the work in the summer. " * 3


def _page(line: str, *, story_style: str = "") -> cqnews.Article:
    para = f'<p style="{story_style}">{_STORY}</p>' if story_style else f"<p>{_STORY}</p>"
    html = (
        "<html><head><title>Council votes</title></head><body><article><h1>Council votes</h1>"
        f"{para}<p>{IMG}</p>{line}{para}{para}</article></body></html>"
    )
    return cqnews.parse(html, url="https://www.example.com/news/council-votes.html")


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        (f'<p><span style="color:#808080">{_EN}</span></p>', _EN),
        (f'<p><span style="color: rgb(153, 153, 153);">{_EN}</span></p>', _EN),
        (f'<p style="font-size:12px">{_EN}</p>', _EN),
        (f'<p style="font-size: 10pt; color: #666">{_ZH}</p>', _ZH),
        (f'<p><font style="color:gray">{_ZH}</font></p>', _ZH),
    ],
)
def test_styled_line_is_caption(line: str, caption: str) -> None:
    article = _page(line)
    assert [image.caption for image in article.images] == [caption]
    assert caption not in article.text


@pytest.mark.parametrize(
    "line",
    [
        f'<p><span style="color:#cc0000">{_EN}</span></p>',  # red: set apart, but not a caption's grey
        f'<p style="font-size:16px">{_EN}</p>',
        '<p><span style="color:#808080">“We need the bridge open by May,” said Anna Roe, the mayor.</span></p>',
    ],
)
def test_other_styled_line_stays(line: str) -> None:
    assert [image.caption for image in _page(line).images] == [None]


def test_every_paragraph_small_sets_none_apart() -> None:
    article = _page(f'<p style="font-size:12px">{_EN}</p>', story_style="font-size:12px")
    assert [image.caption for image in article.images] == [None]
