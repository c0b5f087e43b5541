"""A short line centred under a centred picture (Chinese portals' plain "<p style="text-align:center">…</p>" after the
picture's centred paragraph) is the picture's caption; a line of two sentences, or one followed by more centred
paragraphs (a page that centres everything), stays in the body. Made-up pages."""

from __future__ import annotations

import pytest

import cqnews

_SRC = "https://img.example.cn/2026/05/port-800.jpg"
_LEDE = "<p>" + "港口管理局周一表示，新码头将于秋季投入使用，为更大的船舶增加泊位，并将提高整体吞吐能力。" * 3 + "</p>"
_TAIL = "<p>" + "负责人表示，今年的吞吐量预计将继续增长，并将加快建设新的泊位，提升服务水平。" * 3 + "</p>"
_PIC = f'<p style="text-align: center;"><img src="{_SRC}"></p>'
_CENTRE = '<p style="text-align: center;">'


def _images(figure: str, after: str = _TAIL) -> list[tuple[str | None, str | None]]:
    page = (f"<html><head><title>新码头将于秋季投入使用</title></head><body><article><h1>新码头将于秋季投入使用</h1>"
            f"{_LEDE}{figure}{after}</article></body></html>")
    article = cqnews.parse(page, url="https://news.example.cn/2026/05/12/port.html")
    return [(i.src, i.caption) for i in article.images]


@pytest.mark.parametrize(
    "line",
    [
        f"{_CENTRE}工人在码头装卸集装箱。</p>",
        f'{_CENTRE}<span style="font-size: 14px;">这是5月12日拍摄的港口夜景。</span></p>',
        '<p align="center">工人在码头装卸集装箱。</p>',
    ],
)
def test_centred_line_is_caption(line: str) -> None:
    assert _images(_PIC + line)[0][1] in ("工人在码头装卸集装箱。", "这是5月12日拍摄的港口夜景。")


def test_two_sentences_stay_in_body() -> None:
    assert _images(_PIC + f"{_CENTRE}工人在码头装卸集装箱。港口的吞吐量继续增长。</p>") == [(_SRC, None)]


def test_page_centring_every_paragraph_has_no_caption_line() -> None:
    after = f"{_CENTRE}负责人表示，今年的吞吐量预计将继续增长。</p>{_TAIL}"
    assert _images(_PIC + f"{_CENTRE}工人在码头装卸集装箱。</p>", after) == [(_SRC, None)]


def test_line_break_closing_the_picture_paragraph() -> None:
    # <p class="f_center"><img><br></p>: the break closes the picture's paragraph, the next line is still under it
    figure = f'<p class="f_center"><img src="{_SRC}"><br></p><p class="f_center">工人在码头装卸集装箱。</p>'
    assert _images(figure) == [(_SRC, "工人在码头装卸集装箱。")]


def test_caption_line_under_the_credit_line() -> None:
    # the credit written first under the picture, then the caption: both are the picture's
    page = _PIC + f"{_CENTRE}摄影：李华</p>{_CENTRE}工人在码头装卸集装箱。</p>"
    assert _images(page) == [(_SRC, "工人在码头装卸集装箱。")]


_WIDE_PIC = f'<p class="one-p"><img class="content-picture" src="{_SRC}"></p>'


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        (f"{_CENTRE}工人在码头装卸集装箱。</p>", "工人在码头装卸集装箱。"),
        ('<p class="one-p" style="text-align:center">港口夜景（李华 摄）</p>', "港口夜景"),
        ('<p align="center">Dock workers gather before the shift change.</p>',
         "Dock workers gather before the shift change."),
    ],
)
def test_centred_line_under_a_picture_not_centred(line: str, caption: str) -> None:
    # a picture as wide as the text needs no centring: the centred sentence (or credited line) under it is its caption
    assert _images(_WIDE_PIC + line) == [(_SRC, caption)]


def test_centred_title_under_a_picture_not_centred_stays_in_body() -> None:
    # no full stop and no credit: a centred title after the picture, not its caption
    assert _images(_WIDE_PIC + f"{_CENTRE}<strong>港口新貌</strong></p>") == [(_SRC, None)]
