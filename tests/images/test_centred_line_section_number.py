"""A centred line under a centred picture that opens with a Chinese section number and its mark ("一、加快推进道路建设",
"（二）完善城市路网"; lexicon.captions.ZH_SECTION_NUMERALS, read by extract.image_lines._centred_line) is the heading
of the story's next section, no caption: it stays in the body. Before, it became the picture's caption and the body
lost it. A centred caption line ("工人们在码头道路上施工。") stays the caption. Made-up pages."""

from __future__ import annotations

import pytest

from tests.figure_helpers import article_around, sourced_images

_LEDE = "<p>记者从市交通局获悉，今年全市将新建和改造道路一百二十公里，进一步完善城市路网结构，方便市民出行。</p>"
_SRC = "https://news.example.cn/img/harbour-road-1200.jpg"


def _article(line: str) -> tuple[list[tuple[str | None, str | None, list[str]]], list[str]]:
    figure = f'<p style="text-align:center"><img src="{_SRC}"></p><p style="text-align:center">{line}</p>'
    article = article_around(
        figure, lede=_LEDE, title="全市将新建道路一百二十公里", url="https://news.example.cn/2024/05/road.html"
    )
    return sourced_images(article), [block.text for block in article.body]


@pytest.mark.parametrize("heading", ["一、加快推进道路建设", "<strong>（二）完善城市路网</strong>", "(三)方便市民出行"])
def test_a_numbered_section_heading_stays_in_the_body(heading: str) -> None:
    images, body = _article(heading)
    text = heading.replace("<strong>", "").replace("</strong>", "")
    assert images == [(_SRC, None, [])]
    assert text in body


def test_a_caption_line_stays_the_caption() -> None:
    images, body = _article("工人们在码头道路上施工。")
    assert images == [(_SRC, "工人们在码头道路上施工。", [])]
    assert "工人们在码头道路上施工。" not in body
