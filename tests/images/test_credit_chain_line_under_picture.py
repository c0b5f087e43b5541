"""A paragraph right under a picture that is only a credit chain with no label (a taker and an outlet, "Anna Roe/Valley
Times"; a taker and a known agency, "Anna Roe / Reuters") is the picture's credit, not the story's text. Made-up
pages of a block editor and a plain template (Session 60)."""

from __future__ import annotations

import pytest

import cqnews

_SRC = "https://www.valleytimes.example/img/bridge-1200.jpg"
_LEDE = "<p>" + "The county closed the old bridge on Monday so that crews could resurface its deck before winter. " * 3
_CAP = "Crews resurface the deck of the old bridge on Tuesday."


def _parse(figure: str) -> cqnews.Article:
    html = (
        "<html><head><title>Old bridge closes for repairs</title></head><body><article>"
        f"<h1>Old bridge closes for repairs</h1>{_LEDE}</p>{figure}{_LEDE}</p>{_LEDE}</p></article></body></html>"
    )
    return cqnews.parse(html, url="https://www.valleytimes.example/news/old-bridge-closes.html")


def _texts(article: cqnews.Article) -> list[str]:
    return [block.text for block in article.body]


@pytest.mark.parametrize(
    ("figure", "caption", "name", "organization"),
    [
        (
            f'<figure class="wp-block-image size-large"><img src="{_SRC}"></figure>'
            '<p class="has-small-font-size">Anna Roe/Valley Times</p>',
            None,
            "Anna Roe",
            "Valley Times",
        ),
        (f'<p><img src="{_SRC}"></p><p>Anna Roe / Reuters</p>', None, "Anna Roe", "Reuters"),
        (
            f'<figure><img src="{_SRC}"><figcaption>{_CAP}</figcaption></figure><p>Tom Reed/Valley Times</p>',
            _CAP,
            "Tom Reed",
            "Valley Times",
        ),
    ],
)
def test_chain_line_under_picture_is_its_credit(figure: str, caption: str | None, name: str, organization: str) -> None:
    article = _parse(figure)
    (image,) = article.images
    assert image.src == _SRC
    assert image.caption == caption
    assert [(c.name, c.organization) for c in image.credits] == [(name, organization)]
    assert not any("/" in text for text in _texts(article))


def test_picture_with_a_credit_keeps_the_line_in_the_body() -> None:
    figure = (
        f'<figure><img src="{_SRC}"><figcaption>{_CAP} Photo: Tom Reed</figcaption></figure>'
        "<p>Anna Roe/Valley Times</p>"
    )
    article = _parse(figure)
    assert [[c.name for c in image.credits] for image in article.images] == [["Tom Reed"]]
    assert "Anna Roe/Valley Times" in _texts(article)


@pytest.mark.parametrize("line", ["Paris/Berlin", "Anna Roe/Valley Times"])
def test_line_with_no_picture_above_stays_in_the_body(line: str) -> None:
    article = _parse(f"<p>{line}</p>")
    assert not article.images
    assert line in _texts(article)


def test_place_pair_under_picture_stays_in_the_body() -> None:
    article = _parse(f'<p><img src="{_SRC}"></p><p>Paris/Berlin</p>')
    (image,) = article.images
    assert not image.credits
    assert "Paris/Berlin" in _texts(article)


def test_short_line_then_chain_line_are_caption_and_credit() -> None:
    article = _parse(f'<p><img src="{_SRC}"></p><p>{_CAP}</p><p>Anna Roe/Valley Times</p>')
    (image,) = article.images
    assert image.caption == _CAP
    assert [(c.name, c.organization) for c in image.credits] == [("Anna Roe", "Valley Times")]
    assert _CAP not in _texts(article)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Crews at work on the old bridge",  # no stop: the line may run on into the name
        f"{_CAP} The county said the work would take two weeks. Drivers should use the ring road instead.",
    ],
)
def test_paragraph_not_read_as_a_caption_keeps_both(paragraph: str) -> None:
    article = _parse(f'<p><img src="{_SRC}"></p><p>{paragraph}</p><p>Anna Roe/Valley Times</p>')
    (image,) = article.images
    assert image.caption is None
    assert not image.credits
    assert paragraph in _texts(article)
    assert "Anna Roe/Valley Times" in _texts(article)
