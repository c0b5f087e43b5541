"""A centred English line under a centred picture reporting speech, a past verb of saying and the clause it reports
("Mayor Anna Roe said the road would reopen in June.", "Officials told reporters the works were late."; extract.
image_lines._reported_speech), is the story's text, no caption, as the Chinese "王明表示，…。" is. Before, it became
the picture's caption and the body lost it. A caption line ("Mayor Anna Roe speaks at the opening on Tuesday.", "A
sign that says the road is closed.") stays the caption. Made-up pages."""

from __future__ import annotations

import pytest

from tests.figure_helpers import article_around, sourced_images

_LEDE = "<p>" + "The council voted on Monday to repair the harbour road and start the works in summer. " * 3 + "</p>"
_SRC = "https://cdn.example.com/img/harbour-road-1200.jpg"
_CENTRE = 'style="text-align: center;"'


def _article(line: str) -> tuple[list[tuple[str | None, str | None, list[str]]], list[str]]:
    figure = f'<p {_CENTRE}><img src="{_SRC}"></p><p {_CENTRE}>{line}</p>'
    article = article_around(figure, lede=_LEDE, title="Harbour road", url="https://www.example.com/news/road")
    return sourced_images(article), [block.text for block in article.body]


@pytest.mark.parametrize(
    "line",
    ["Mayor Anna Roe said the road would reopen in June.", "Officials told reporters the works were running late."],
)
def test_a_centred_report_of_speech_stays_in_the_body(line: str) -> None:
    images, body = _article(line)
    assert images == [(_SRC, None, [])]
    assert line in body


@pytest.mark.parametrize(
    "line", ["Mayor Anna Roe speaks at the opening on Tuesday.", "A sign that says the road is closed."]
)
def test_a_centred_caption_stays_the_caption(line: str) -> None:
    images, body = _article(line)
    assert images == [(_SRC, line, [])]
    assert line not in body
