"""A short paragraph right under a picture that a line holding only a photo credit follows is the picture's caption,
the credit line its credit, as centred lines already were (``<p><img></p><p>工人们在码头道路上施工。</p><p>图：
李华 摄</p>``, "<p>Crews resurface the road.</p><p>Photo: Anna Roe</p>"; extract.image_lines._line_before_credit).
Before, the line stayed in the body, the picture had neither caption nor credit and the credit line became the
article's photographer. A paragraph of two sentences, a report of speech or a quote with its speaker there stays in
the body. Made-up pages."""

from __future__ import annotations

import pytest

from tests.figure_helpers import article_around, sourced_images

_ZH_LEDE = "<p>记者从市交通局获悉，今年全市将新建和改造道路一百二十公里，进一步完善城市路网结构，方便市民出行。</p>"
_EN_LEDE = "<p>" + "The council voted on Monday to repair the harbour road and start the works in summer. " * 3 + "</p>"
_SRC = "https://img.example.cn/2024/05/harbour-road.jpg"


def _article(figure: str, lede: str) -> tuple[list[tuple[str | None, str | None, list[str]]], list[str], list[str]]:
    article = article_around(figure, lede=lede, title="Harbour road", url="https://news.example.cn/2024/05/road.html")
    return sourced_images(article), [block.text for block in article.body], [c.raw for c in article.credits]


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("工人们在码头道路上施工。", "图：李华 摄"),
        ("工人们在码头道路上施工", "记者 李华 摄"),
        ("5月12日，工人们在码头道路上施工。", "（李华 摄）"),
    ],
)
def test_a_chinese_caption_line_then_a_credit_line(caption: str, credit: str) -> None:
    images, body, credits = _article(f'<p><img src="{_SRC}"></p><p>{caption}</p><p>{credit}</p>', _ZH_LEDE)
    assert images == [(_SRC, caption, [credit])]
    assert caption not in body
    assert credits == []


def test_an_english_caption_line_then_a_credit_line() -> None:
    caption = "Crews resurface the harbour road on Tuesday."
    images, body, _ = _article(f'<p><img src="{_SRC}"></p><p>{caption}</p><p>Photo: Anna Roe</p>', _EN_LEDE)
    assert images == [(_SRC, caption, ["Photo: Anna Roe"])]
    assert caption not in body


@pytest.mark.parametrize(
    "line",
    [
        "王明表示，今年全市将继续加快道路建设。",
        "记者从市交通局获悉，今年全市将新建道路。目前已完成三成。",
        "李四说：“我们希望道路早日通车。”",
    ],
)
def test_a_story_paragraph_before_a_credit_line_stays_in_the_body(line: str) -> None:
    images, body, _ = _article(f'<p><img src="{_SRC}"></p><p>{line}</p><p>图：李华 摄</p>', _ZH_LEDE)
    assert [caption for _, caption, _ in images] == [None]
    assert line in body
