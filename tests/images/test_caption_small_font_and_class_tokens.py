"""A line right under a picture set in small type by a ``<font size=2>`` (classic editors), a size keyword
(``font-size:small``) or the block editor's ``has-small-font-size`` class, and a line whose class names a caption in
the site's language as a whole token (French ``legende``, Spanish ``pie``, German ``bu``, Polish ``podpis``, Dutch
``fototekst``): the picture's caption, out of the body. Before, the picture had no caption. Made-up pages in the shape
of small-town sites of publishers in no corpus (Session 62)."""

from __future__ import annotations

import pytest

import cqnews

_IMG = '<img src="https://www.example.org/img/bridge-1200.jpg" width="1200" height="800">'
_EN = "Workers reinforce the piers of the old river bridge on Monday."
_STORY = "<p>" + "The council voted on Monday to repair the road and to start the work in the summer. " * 3 + "</p>"


def _article(block: str) -> cqnews.Article:
    html = (
        "<html><head><title>Council votes</title></head><body><article><h1>Council votes</h1>"
        f"{_STORY}{block}{_STORY}{_STORY}</article></body></html>"
    )
    return cqnews.parse(html, url="https://www.example.org/news/council-votes.html")


@pytest.mark.parametrize(
    "block",
    [
        f'<p>{_IMG}</p><p><font size="2">{_EN}</font></p>',
        f'<p>{_IMG}</p><p><font size="-1">{_EN}</font></p>',
        f'<p>{_IMG}</p><p style="font-size: smaller">{_EN}</p>',
        f'<p>{_IMG}</p><p><span style="font-size:x-small">{_EN}</span></p>',
        f'<figure class="wp-block-image">{_IMG}</figure><p class="has-small-font-size">{_EN}</p>',
        f'<p>{_IMG}</p><p class="legende">{_EN}</p>',
        f'<div class="photo">{_IMG}</div><div class="legende">{_EN}</div>',
        f'<p>{_IMG}</p><p class="pie">{_EN}</p>',
        f'<div class="bild">{_IMG}</div><div class="bu">{_EN}</div>',
        f'<p>{_IMG}</p><p class="podpis">{_EN}</p>',
        f'<p>{_IMG}</p><p class="fototekst">{_EN}</p>',
    ],
)
def test_line_is_caption(block: str) -> None:
    article = _article(block)
    assert [image.caption for image in article.images] == [_EN]
    assert _EN not in article.text


@pytest.mark.parametrize(
    "block",
    [
        f'<p>{_IMG}</p><p><font size="3">{_EN}</font></p>',  # the body's own size
        f'<p>{_IMG}</p><p><font size="+1">{_EN}</font></p>',
        f'<p>{_IMG}</p><p style="font-size: large">{_EN}</p>',
        f'<p>{_IMG}</p><p class="bus">{_EN}</p>',  # "bu" only as a whole token
        f'<p>{_IMG}</p><p class="spiel">{_EN}</p>',
        f'<p>{_IMG}</p><p class="legend">{_EN}</p>',  # English: a chart's or a rating's legend as often
    ],
)
def test_other_line_stays(block: str) -> None:
    article = _article(block)
    assert [image.caption for image in article.images] == [None]
    assert _EN in article.text
