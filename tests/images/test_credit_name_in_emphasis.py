"""A person's name alone in emphasis closing a caption after its sentence (``<figcaption>… on Tuesday. <em>Anna
Roe</em></figcaption>``; extract.image_caption_text._trailing_name) is the picture's taker, as the name in
``<small>`` or after a dash in emphasis already was. Before, the name stayed at the caption's end. Emphasis holding a
place, a section label or words inside the sentence stays caption text. Made-up pages."""

from __future__ import annotations

import pytest

from tests.figure_helpers import article_around, sourced_images

_LEDE = "<p>The council agreed on Monday to rebuild the harbour road and to start the work in the summer months.</p>"
_SRC = "https://news.example.com/img/harbour-road-1200.jpg"
_CAPTION = "Workers repair the harbour road on Tuesday."


def _images(figcaption: str) -> list[tuple[str | None, str | None, list[str]]]:
    figure = f'<figure><img src="{_SRC}"><figcaption>{figcaption}</figcaption></figure>'
    article = article_around(
        figure, lede=_LEDE, title="Council agrees to rebuild harbour road", url="https://news.example.com/2024/road.html"
    )
    return sourced_images(article)


@pytest.mark.parametrize("tag", ["em", "i"])
def test_a_name_in_emphasis_after_the_sentence_is_the_credit(tag: str) -> None:
    assert _images(f"{_CAPTION} <{tag}>Anna Roe</{tag}>") == [(_SRC, _CAPTION, ["Anna Roe"])]


@pytest.mark.parametrize(
    "figcaption",
    [
        f"{_CAPTION} <em>Harbour Road</em>",
        f"{_CAPTION} <em>Top Stories</em>",
        "Workers repair the road for <em>Anna Roe</em>",
    ],
)
def test_other_emphasis_stays_caption_text(figcaption: str) -> None:
    plain = figcaption.replace("<em>", "").replace("</em>", "")
    assert _images(figcaption) == [(_SRC, plain, [])]
