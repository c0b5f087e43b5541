"""A centred line under a centred picture reporting speech, a verb of saying right after its subject then a comma or
colon and the words said ("王明表示，今年全市将继续加快道路建设。", "专家指出：…"; extract.image_lines.
_zh_reported_speech), is the story's text, no caption: a caption says what the picture shows. Before, it became the
picture's caption and the body lost it. A caption line ("5月12日，工人们在码头装卸集装箱。", "图为市长王明在开工仪式上
讲话。", "据说…") stays the caption. Made-up pages."""

from __future__ import annotations

import pytest

from tests.figure_helpers import article_around, sourced_images

_LEDE = "<p>记者从市交通局获悉，今年全市将新建和改造道路一百二十公里，进一步完善城市路网结构，方便市民出行。</p>"
_SRC = "https://img.example.cn/2024/05/harbour-road.jpg"
_CENTRE = 'style="text-align: center;"'


def _article(line: str) -> tuple[list[tuple[str | None, str | None, list[str]]], list[str]]:
    figure = f'<p {_CENTRE}><img src="{_SRC}"></p><p {_CENTRE}>{line}</p>'
    article = article_around(
        figure, lede=_LEDE, title="全市将新建道路", url="https://news.example.cn/2024/05/road.html"
    )
    return sourced_images(article), [block.text for block in article.body]


@pytest.mark.parametrize(
    "line",
    [
        "王明表示，今年全市将继续加快道路建设，确保按期完工。",
        "市交通局有关负责人介绍，新道路将于六月底建成通车。",
        "专家指出：道路建设要兼顾生态保护。",
        "她说，希望道路早日通车。",
    ],
)
def test_a_centred_report_of_speech_stays_in_the_body(line: str) -> None:
    images, body = _article(line)
    assert images == [(_SRC, None, [])]
    assert line in body


@pytest.mark.parametrize(
    "line", ["5月12日，工人们在码头装卸集装箱。", "图为市长王明在开工仪式上讲话。", "据说，这座桥已有百年历史。"]
)
def test_a_centred_caption_stays_the_caption(line: str) -> None:
    images, body = _article(line)
    assert images == [(_SRC, line, [])]
    assert line not in body
