"""Text after a picture's line break, or centred under a centred picture, is the story's text when it reads as such:
a quote with its speaker, or (after the break, with no photo credit) more than one sentence. It stays in the body and
is no caption; a one-sentence line, or one carrying its credit, stays the caption. Made-up pages."""

from __future__ import annotations

import pytest

import cqnews

_SRC = "https://www.example-news.com/img/park-1200.jpg"
_LEDE = "<p>" + "The council met on Monday to discuss the budget for the coming year and the river plans. " * 2 + "</p>"
_TAIL = "<p>Officials will meet again next month to approve the final design of the park, which opens next spring.</p>"


def _parse(figure: str) -> tuple[list[str | None], list[str]]:
    page = (
        "<html><head><title>Council backs park plan</title></head><body><article><h1>Council backs park plan</h1>"
        f"{_LEDE}{figure}{_LEDE}{_TAIL}</article></body></html>"
    )
    article = cqnews.parse(page, url="https://www.example-news.com/2026/05/01/park.html")
    return [i.caption for i in article.images], [b.text for b in article.body]


_TWO_SENTENCES = (
    "The new park will cover ten hectares along the river. Work on the first section begins in June, the council said."
)
_QUOTE = "“We need more parks,” said Anna Roe."


@pytest.mark.parametrize("line", [_TWO_SENTENCES, _QUOTE])
def test_story_text_after_the_break_stays_in_the_body(line: str) -> None:
    captions, body = _parse(f'<p><img src="{_SRC}"><br>{line}</p>')
    assert captions == [None]
    assert line in body


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Children play in the new park on Tuesday.", "Children play in the new park on Tuesday."),
        ("Children play in the park. The park opened in May. Photo: Tom Reed", "Children play in the park. The park opened in May."),
        ("工人在码头装卸集装箱。港口的吞吐量继续增长。 特约摄影 李杰", "工人在码头装卸集装箱。港口的吞吐量继续增长。"),
    ],
)
def test_caption_after_the_break(line: str, caption: str) -> None:
    captions, body = _parse(f'<p align="center"><img src="{_SRC}"><br>{line}</p>')
    assert captions == [caption]
    assert not any(caption in text for text in body)


_CENTRE = '<p style="text-align: center;">'
_CENTRED = f'{_CENTRE}<img src="{_SRC}"></p>{_CENTRE}{{line}}</p>'
_ITALICS = f'<p><img src="{_SRC}"></p><p><em>{{line}}</em></p>'


@pytest.mark.parametrize(
    ("figure", "line"),
    [(_CENTRED, _QUOTE), (_CENTRED, "李四说：“我们需要更多的公园。”"), (_ITALICS, _QUOTE)],
    ids=["centred", "centred-zh", "italics"],
)
def test_quote_with_its_speaker_under_a_picture_stays_in_the_body(figure: str, line: str) -> None:
    captions, body = _parse(figure.format(line=line))
    assert captions == [None]
    assert line in body


@pytest.mark.parametrize(
    ("figure", "line"),
    [(_CENTRED, "乘客在“复兴号”列车上休息。"), (_ITALICS, "Children play in the new park on Tuesday.")],
    ids=["centred-thing-in-quote-marks", "italics-sentence"],
)
def test_line_under_a_picture_is_the_caption(figure: str, line: str) -> None:
    captions, body = _parse(figure.format(line=line))
    assert captions == [line]
    assert line not in body


def test_sentence_in_italics_under_a_figure_without_caption_is_the_caption() -> None:
    line = "Children play in the new park on Tuesday."
    captions, body = _parse(f'<figure><img src="{_SRC}"></figure><p><em>{line}</em></p>')
    assert captions == [line]
    assert line not in body
