"""A caption set in small or muted type right after the picture's block, with no caption element: ``<p><img></p>
<p><small>Caption</small></p>``, ``<p class="text-muted">Caption</p>`` (WordPress themes and
Bootstrap templates). The text is the picture's caption and leaves the body; a plain paragraph there stays body text
(made-up pages)."""

from __future__ import annotations

import pytest

import cqnews
from tests.figure_helpers import article_around

LEDE = "<p>" + "The council voted on Monday to repair the road and start work in the summer months. " * 4 + "</p>"
IMG = '<img src="/f/road-work.jpg" width="1200" height="800">'
CAPTION = "Crews resurface the road on Sunday."


def _parse(figure: str) -> cqnews.Article:
    return article_around(figure, lede=LEDE, title="Council votes to repair road", url="https://news.example.com/2024/05/16/story.html")


def _body(article: cqnews.Article) -> str:
    return " ".join(block.text for block in article.body)


@pytest.mark.parametrize(
    "figure",
    [
        f"<p>{IMG}</p><p><small>{CAPTION}</small></p>",
        f"<p>{IMG}</p><small>{CAPTION}</small>",
        f'<p>{IMG}</p><p class="text-muted">{CAPTION}</p>',
        f"<div>{IMG}<small>{CAPTION}</small></div>",
    ],
)
def test_muted_line_after_the_picture_is_its_caption(figure: str) -> None:
    article = _parse(figure)
    assert [image.caption for image in article.images] == [CAPTION]
    assert CAPTION not in _body(article)


def test_plain_paragraph_after_the_picture_stays_body() -> None:
    article = _parse(f"<p>{IMG}</p><p>{CAPTION}</p>")
    assert [image.caption for image in article.images] == [None]
    assert CAPTION in _body(article)


@pytest.mark.parametrize(
    "figure",
    [
        f"<p>{IMG}</p><p><em>{CAPTION}</em></p>",
        f'<div class="image">{IMG}</div><p><i>{CAPTION}</i></p>',
    ],
)
def test_short_italic_line_after_the_picture_is_its_caption(figure: str) -> None:
    # classic editors set the caption as a paragraph wholly in italics under the picture
    article = _parse(figure)
    assert [image.caption for image in article.images] == [CAPTION]
    assert CAPTION not in _body(article)


def test_long_italic_paragraph_after_the_picture_stays_body() -> None:
    note = ("Editor's note: this story was first published in March. It has been updated with the council's vote. "
            "The road closes on Monday. ")
    article = _parse(f"<p>{IMG}</p><p><em>{note}</em></p>")
    assert [image.caption for image in article.images] == [None]
    assert "It has been updated with the council's vote." in _body(article)
