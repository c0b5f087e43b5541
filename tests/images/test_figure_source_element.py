"""A class token naming a picture's source, a source word beside a picture word (Brightspot's ``<div
class="Figure-source">Valley Times</div>``, "media__source", "bild-quelle"; lexicon.captions.SOURCE_CLASS_PARTS, read
by extract.image_caption_elements.is_standalone_credit), is a credit element of the figure: right after the credit
element it is the credit's outlet ("Anna Roe / Valley Times"; extract.images._source_after_credit), alone it is the
credit. Before, it was neither a caption nor a credit element: with no caption element it became the picture's
caption, after a caption it was lost. Made-up pages."""

from __future__ import annotations

import pytest

from tests.figure_helpers import article_around

_LEDE = "<p>" + "The council voted on Monday to repair the harbour road and start the works in summer. " * 3 + "</p>"
_SRC = "https://cdn.example.com/img/harbour-road-1200.jpg"
_CAPTION = '<div class="Figure-caption">Workers repair the harbour road on Tuesday.</div>'
_CREDIT = '<div class="Figure-credit">Anna Roe</div>'
_SOURCE = '<div class="Figure-source">Valley Times</div>'


def _images(content: str) -> list[tuple[str | None, list[tuple[str | None, str | None]]]]:
    figure = (
        f'<div class="Enhancement"><figure class="Figure"><img class="Image" src="{_SRC}">{content}</figure></div>'
        "<p>Shop owners said the closure had cost them customers over the spring.</p>"
    )
    article = article_around(figure, lede=_LEDE, title="Harbour road", url="https://www.example.com/news/road")
    body = [block.text for block in article.body]
    assert "Valley Times" not in body
    return [(image.caption, [(c.name, c.organization) for c in image.credits]) for image in article.images]


@pytest.mark.parametrize("wrapped", [False, True])
def test_the_source_after_the_credit_is_the_credits_outlet(wrapped: bool) -> None:
    content = _CAPTION + _CREDIT + _SOURCE
    if wrapped:
        content = f'<div class="Figure-content">{content}</div>'
    assert _images(content) == [("Workers repair the harbour road on Tuesday.", [("Anna Roe", "Valley Times")])]


def test_a_credit_and_source_with_no_caption_give_no_caption() -> None:
    assert _images(_CREDIT + _SOURCE) == [(None, [("Anna Roe", "Valley Times")])]


def test_the_source_alone_after_the_caption_is_the_credit() -> None:
    content = f'<div class="Figure-content">{_CAPTION}{_SOURCE}</div>'
    assert _images(content) == [("Workers repair the harbour road on Tuesday.", [(None, "Valley Times")])]
