"""A platform's body region that wraps only a picture and its caption (``div.TRS_Editor`` around the figure, the
story's paragraphs outside it) holds no body text: the generic path reads the body, with a warning. Made-up page."""

from __future__ import annotations

import cqnews

_LEDE = "<p>" + "港口管理局周一表示，新码头将于秋季投入使用，为更大的船舶增加泊位，并将提高整体吞吐能力。" * 3 + "</p>"
_SRC = "https://img.example.cn/2026/05/port-800.jpg"


def _page(region: str) -> str:
    return (
        "<html><head><title>新码头将于秋季投入使用</title></head><body><div class='content'>"
        f"<h1>新码头将于秋季投入使用</h1>{region}{_LEDE}{_LEDE}{_LEDE}</div></body></html>"
    )


def test_region_of_a_picture_and_its_caption_falls_back_to_the_generic_body() -> None:
    region = (
        f'<div class="TRS_Editor"><p align="center"><img src="{_SRC}"></p>'
        '<p align="center">工人在码头装卸集装箱。</p></div>'
    )
    article = cqnews.parse(_page(region), url="https://news.example.cn/2026/05/12/port.html")
    assert article.body
    assert article.body[0].text.startswith("港口管理局周一表示")
    assert [(i.src, i.caption) for i in article.images] == [(_SRC, "工人在码头装卸集装箱。")]
    assert any("only the captions" in w for w in article.extraction.warnings)
    assert article.extraction.plugin is None


def test_region_with_the_story_stays_the_platforms() -> None:
    region = f'<div class="TRS_Editor"><p align="center"><img src="{_SRC}"></p>{_LEDE}{_LEDE}</div>'
    article = cqnews.parse(_page(region), url="https://news.example.cn/2026/05/12/port.html")
    assert article.extraction.plugin == "trs"
    assert article.body[0].text.startswith("港口管理局周一表示")
