"""A wrapper element around one picture may carry its caption and credit as attributes
(<div data-caption="…" data-credit="…"><img></div>), as some CMSs write them. Made-up pages only."""

from __future__ import annotations

import cqnews

_PARAGRAPH = "<p>" + "The council approved the new budget on Tuesday after a long debate about schools. " * 3 + "</p>"


def _page(figure: str) -> str:
    return (
        "<html><head><title>Budget approved</title></head><body><article><h1>Budget approved</h1>"
        f"{_PARAGRAPH}{figure}{_PARAGRAPH * 3}</article></body></html>"
    )


def test_a_wrapper_gives_its_one_picture_caption_and_credit() -> None:
    html = _page(
        '<div class="media" data-caption="Council members vote on the budget." data-credit="Jane Doe/AP">'
        '<div class="ratio"><img src="https://example.com/vote.jpg" width="800"></div></div>'
    )
    [image] = cqnews.parse(html, url="https://example.com/news/budget").images
    assert image.caption == "Council members vote on the budget."
    assert [(c.name, c.organization) for c in image.credits] == [("Jane Doe", "AP")]


def test_a_wrapper_around_two_pictures_captions_neither() -> None:
    html = _page(
        '<div class="media" data-caption="Council members vote on the budget.">'
        '<img src="https://example.com/vote.jpg" width="800"><img src="https://example.com/hall.jpg" width="800"></div>'
    )
    images = cqnews.parse(html, url="https://example.com/news/budget").images
    assert [image.caption for image in images] == [None, None]


def test_a_noscript_copy_of_the_picture_is_the_same_picture() -> None:
    html = _page(
        '<div class="media" data-caption="Council members vote on the budget." data-credit="Jane Doe/AP">'
        '<img data-src="https://example.com/vote.jpg" src="data:image/gif;base64,R0lGOD" width="800">'
        '<noscript><img src="https://example.com/vote.jpg" width="800"></noscript></div>'
    )
    [image] = cqnews.parse(html, url="https://example.com/news/budget").images
    assert image.caption == "Council members vote on the budget."
