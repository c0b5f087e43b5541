"""A caption element named in the newspaper's or the site's own word ("cutline", "didascalia") is a caption."""

from __future__ import annotations

import pytest

import cqnews

_TEXT = (
    "Heavy rain sent the river over its banks on Sunday, flooding dozens of homes and closing the main bridge "
    "into town for the second time this year, officials said."
)


@pytest.mark.parametrize("word", ["cutline", "photo-cutline", "didascalia", "pie-de-foto", "onderschrift", "kuvateksti"])
def test_caption_class_words(word: str) -> None:
    html = (
        "<html><head><title>Floods hit the valley</title></head><body><article><h1>Floods hit the valley</h1>"
        f"<p>{_TEXT}</p><table class='photo'><tr><td><img src='/img/bridge.jpg'></td></tr>"
        f"<tr><td class='{word}'>The closed bridge on Monday morning.</td></tr></table><p>{_TEXT}</p>"
        "</article></body></html>"
    )
    article = cqnews.parse(html, url="https://valley.example/news/floods")
    assert [image.caption for image in article.images] == ["The closed bridge on Monday morning."]
    assert all("closed bridge" not in block.text for block in article.body)
