"""A note on the article itself under a picture, in italics or centred ("This article was first published by …",
"A version of this story appeared in …", "Dieser Beitrag erschien zuerst …", "本文首发于…"; lexicon.captions.
ARTICLE_NOTE_OPENERS, read by extract.image_lines._article_note) is a republication or editor's note, no caption: it
stays in the body. Before, it became the picture's caption. A caption in italics stays the caption. Made-up pages."""

from __future__ import annotations

import pytest

from tests.figure_helpers import article_around, sourced_images

_EN_LEDE = "<p>" + "The council voted on Monday to repair the harbour road and start the works in summer. " * 3 + "</p>"
_ZH_LEDE = "<p>记者从市交通局获悉，今年全市将新建和改造道路一百二十公里，进一步完善城市路网结构，方便市民出行。</p>"
_SRC = "https://cdn.example.com/img/harbour-road-1200.jpg"
_CENTRE = 'style="text-align: center;"'


def _article(figure: str, lede: str) -> tuple[list[tuple[str | None, str | None, list[str]]], list[str]]:
    article = article_around(figure, lede=lede, title="Harbour road", url="https://www.example.com/news/road")
    return sourced_images(article), [block.text for block in article.body]


@pytest.mark.parametrize(
    "note",
    [
        "This article was first published by the Valley Times.",
        "This story originally appeared in the Lakeside Courier and is republished with permission.",
        "A version of this article appeared in print on Tuesday.",
        "Dieser Beitrag erschien zuerst in der Talzeitung.",
    ],
)
def test_a_note_in_italics_under_a_picture_is_no_caption(note: str) -> None:
    images, body = _article(f'<p><img src="{_SRC}"></p><p><em>{note}</em></p>', _EN_LEDE)
    assert images == [(_SRC, None, [])]
    assert note in body


def test_a_centred_chinese_note_under_a_centred_picture_is_no_caption() -> None:
    note = "本文首发于谷雨新闻客户端。"
    images, body = _article(f'<p {_CENTRE}><img src="{_SRC}"></p><p {_CENTRE}>{note}</p>', _ZH_LEDE)
    assert images == [(_SRC, None, [])]
    assert note in body


def test_a_caption_in_italics_stays_the_caption() -> None:
    caption = "Crews resurface the harbour road on Tuesday."
    images, body = _article(f'<p><img src="{_SRC}"></p><p><em>{caption}</em></p>', _EN_LEDE)
    assert images == [(_SRC, caption, [])]
    assert caption not in body
