"""A caption whose last line, after a sentence, is a person's name alone without a label ("… on Sunday.<br>Anna
Roe", "… on Sunday. <small>Anna Roe</small>"): the name is the picture's credit, not caption text (made-up figures)."""

from __future__ import annotations

import lxml.html
import pytest

from cqnews.extract.images import find_images

BASE = "https://news.example.com/2024/05/16/story.html"
IMG = '<img src="/f/road-work.jpg" width="1200" height="800">'


def _drafts(figure: str) -> list[tuple[str | None, str | None]]:
    root = lxml.html.fromstring(f"<html><body><article><p>First paragraph.</p>{figure}<p>More.</p></article></body></html>")
    return [(d.caption, d.credit) for d in find_images(root, BASE)]


@pytest.mark.parametrize(
    "caption",
    [
        "Crews resurface the road on Sunday.<br>Anna Roe",
        "Crews resurface the road on Sunday. <br> Anna Roe",
        "Crews resurface the road on Sunday. <small>Anna Roe</small>",
        "Crews resurface the road on Sunday.<br><small>Anna Roe</small>",
    ],
)
def test_name_alone_on_the_last_line_is_the_credit(caption: str) -> None:
    figure = f"<figure>{IMG}<figcaption>{caption}</figcaption></figure>"
    assert _drafts(figure) == [("Crews resurface the road on Sunday.", "Anna Roe")]


def test_chinese_name_after_the_last_line_break() -> None:
    figure = f"<figure>{IMG}<figcaption>工人在检修大桥。<br>王明</figcaption></figure>"
    assert _drafts(figure) == [("工人在检修大桥。", "王明")]


@pytest.mark.parametrize(
    "caption",
    [
        "Crews resurface the road<br>Main Street Bridge",  # no sentence before: a second caption line
        "Crews resurface the road on Sunday.<br>Work ends in June.",  # a sentence, no name
        "Mayor <small>Anna Roe</small>",  # the name is the caption
    ],
)
def test_other_last_lines_stay_caption(caption: str) -> None:
    figure = f"<figure>{IMG}<figcaption>{caption}</figcaption></figure>"
    [(_, credit)] = _drafts(figure)
    assert credit is None
