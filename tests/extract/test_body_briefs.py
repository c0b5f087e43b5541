"""Briefs: one or two short paragraphs and a captioned figure (made-up pages, expected values read off them).

trafilatura glued such a page into one block (headline, paragraphs and caption): the body came out empty and
the paragraph became the caption of a second, duplicate image, or the body held the caption and lost the
paragraph. The body is the paragraphs; the figcaption is the only caption.
"""

from __future__ import annotations

import pytest

import cqnews

_FIGURE = '<figure><img src="https://img.example.com/{src}.jpg" alt=""><figcaption>{caption}</figcaption></figure>'


def _page(headline: str, paragraphs: list[str], figure: str, *, figure_first: bool, article: bool, lang: str) -> str:
    text = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    inner = f"<h1>{headline}</h1>" + (figure + text if figure_first else text + figure)
    if article:
        inner = f"<article>{inner}</article>"
    return f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title></head><body>{inner}</body></html>'


# (headline, paragraphs, image name, caption as written, caption expected, credit name expected)
_EN = [
    (
        "Ferry",
        ["The ferry will run all winter, the mayor of the town said on Monday at the hall."],
        "ferry", "The new ferry at the quay. (Photo: Ann Lee)", "The new ferry at the quay.", "Ann Lee",
    ),
    (
        "Bridge closed",
        ["The old bridge over the Wren will be shut for repairs from Tuesday.",
         "Drivers should use the ring road, the council said."],
        "bridge", "The bridge seen from the east bank.", "The bridge seen from the east bank.", None,
    ),
    (
        "Market returns",
        ["The Saturday market is back in the square after two years away, its organisers said."],
        "market", "Stalls in the square on Saturday morning", "Stalls in the square on Saturday morning", None,
    ),
    (
        "School wins prize",
        ["Pupils of Hill Lane School won the county science prize for a study of pond water.",
         "The head teacher said the school was proud of them."],
        "school", "The winning team with their teacher. Photo: Ben Ortiz", "The winning team with their teacher.",
        "Ben Ortiz",
    ),
    (
        "Library hours",
        ["The town library will open until eight on Thursdays from next month."],
        "library", "The reading room of the town library", "The reading room of the town library", None,
    ),
]

_ZH = [
    (
        "渡轮冬季照常运行",
        ["本市渡轮今冬将照常运行，市长周一在市政厅表示。"],
        "ferry-zh", "新渡轮停靠在码头。（摄影：李安）", "新渡轮停靠在码头。", "李安",
    ),
    (
        "老桥封闭维修",
        ["河上的老桥将从周二起封闭维修。", "市政部门提醒司机绕行环城路。"],
        "bridge-zh", "从东岸看到的老桥", "从东岸看到的老桥", None,
    ),
    (
        "周末集市重开",
        ["停办两年的周末集市本周六在广场重新开张，主办方说。"],
        "market-zh", "周六上午广场上的摊位", "周六上午广场上的摊位", None,
    ),
]

_CASES = [
    pytest.param(case, lang, figure_first, article, id=f"{lang}-{n}-{'fig-first' if figure_first else 'fig-after'}"
                 f"-{'article' if article else 'bare'}")
    for lang, table in (("en", _EN), ("zh", _ZH))
    for n, case in enumerate(table)
    for figure_first in (False, True)
    for article in (False, True)
]


@pytest.mark.parametrize(("case", "lang", "figure_first", "article"), _CASES)
def test_brief_body_is_its_paragraphs_and_the_figcaption_the_only_caption(
    case: tuple[str, list[str], str, str, str, str | None], lang: str, figure_first: bool, article: bool
) -> None:
    headline, paragraphs, src, written, caption, credit = case
    figure = _FIGURE.format(src=src, caption=written)
    html = _page(headline, paragraphs, figure, figure_first=figure_first, article=article, lang=lang)
    parsed = cqnews.parse(html, url=f"https://news.example.com/2026/{src}")
    assert [block.text for block in parsed.body] == paragraphs
    assert [image.src for image in parsed.images] == [f"https://img.example.com/{src}.jpg"]
    assert [image.caption for image in parsed.images] == [caption]
    assert [c.name for c in parsed.images[0].credits] == ([credit] if credit else [])


_DIV_BRIEFS = [
    pytest.param(
        "Ferry", "The ferry will run all winter, the mayor of the town said on Monday at the hall.",
        "The new ferry at the quay. (Photo: Ann Lee)", "The new ferry at the quay.", "en", id="en-div",
    ),
    pytest.param(
        "渡轮", "本市渡轮今冬将照常运行，市长周一在市政厅表示。", "新渡轮停靠在码头。（摄影：李安）", "新渡轮停靠在码头。", "zh",
        id="zh-div",
    ),
]


@pytest.mark.parametrize(("headline", "text", "written", "caption", "lang"), _DIV_BRIEFS)
@pytest.mark.parametrize("figure_first", [False, True])
def test_brief_written_in_a_div_is_its_body(
    headline: str, text: str, written: str, caption: str, lang: str, figure_first: bool
) -> None:
    figure = _FIGURE.format(src="div", caption=written)
    paragraph = f'<div class="text">{text}</div>'
    inner = figure + paragraph if figure_first else paragraph + figure
    html = f'<html lang="{lang}"><body><h1>{headline}</h1>{inner}</body></html>'
    parsed = cqnews.parse(html, url="https://news.example.com/2026/div")
    assert [block.text for block in parsed.body] == [text]
    assert [image.caption for image in parsed.images] == [caption]


_WRAPPED = [
    pytest.param(
        '<div class="photo"><img src="https://img.example.com/w.jpg" alt=""><span class="caption">{caption}</span></div>',
        id="span-in-wrapper",
    ),
    pytest.param(
        '<div class="photo"><img src="https://img.example.com/w.jpg" alt=""><p class="caption">{caption}</p></div>',
        id="p-in-wrapper",
    ),
    pytest.param('<figure><img src="https://img.example.com/w.jpg" alt=""><p>{caption}</p></figure>', id="p-in-figure"),
]


@pytest.mark.parametrize("wrapper", _WRAPPED)
@pytest.mark.parametrize("figure_first", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "caption"),
    [
        ("The ferry will run all winter, the mayor said on Monday.", "The new ferry at the quay. Photo: Ann Lee",
         "The new ferry at the quay."),
        ("本市渡轮今冬将照常运行，市长周一在市政厅表示。", "新渡轮停靠在码头。（摄影：李安）", "新渡轮停靠在码头。"),
    ],
    ids=["en", "zh"],
)
def test_brief_with_a_caption_beside_its_picture(
    wrapper: str, figure_first: bool, text: str, written: str, caption: str
) -> None:
    figure = wrapper.format(caption=written)
    paragraph = f"<p>{text}</p>"
    inner = figure + paragraph if figure_first else paragraph + figure
    parsed = cqnews.parse(f"<html><body><h1>Ferry</h1>{inner}</body></html>", url="https://news.example.com/2026/w")
    assert [block.text for block in parsed.body] == [text]
    assert [image.src for image in parsed.images] == ["https://img.example.com/w.jpg"]
    assert [image.caption for image in parsed.images] == [caption]
