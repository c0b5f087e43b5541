"""A brief with a long figure caption (seventeenth reliability round, its leftovers).

A brief (one paragraph and a captioned figure) is the block trafilatura glues together, read again from the page's
paragraphs (``extract.brief``) up to 2,000 characters; a caption over about 2,000 characters made the glued block
longer, so the caption stayed glued into the paragraph, and the picture had no caption (a caption element was read
up to 1,500 characters). The brief's own text is now what is weighed, its captions aside (a glued block of up to
12,000 characters), and a ``<figcaption>`` is read up to 10,000 characters.
"""

from __future__ import annotations

import pytest

import cqnews

_PARAGRAPH = (
    "The council approved the new harbour plan on Tuesday after a long debate about the cost of the sea wall and the "
    "ferry pier."
)


def _caption(sentences: int) -> str:
    return " ".join(
        f"At dawn the fishing boats come in past beacon {n} of the old harbour as the cranes start their day."
        for n in range(sentences)
    )


def _page(caption: str) -> str:
    return (
        "<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>"
        f"<p>{_PARAGRAPH}</p><figure><img src='https://news.example/img/harbour.jpg' width='800' height='500'>"
        f"<figcaption>{caption}</figcaption></figure></article></body></html>"
    )


@pytest.mark.parametrize("sentences", [10, 25, 60])
def test_the_caption_stays_the_picture_s(sentences: int) -> None:
    caption = _caption(sentences)
    article = cqnews.parse(_page(caption), url="https://news.example/harbour-plan")
    assert [block.text for block in article.body] == [_PARAGRAPH]
    assert [picture.caption for picture in article.images] == [caption]
