"""A caption's last line, after a line break, that is only a credit chain ("Crews resurface the deck of the old
bridge<br>Anna Roe/Valley Times") is its credit, also when the caption's line has no full stop: read as one text, the
caption ended in its credit. A chain of places ("Paris/Berlin") names no one and stays. Made-up markups of a plain
template and a figure (Session 60)."""

from __future__ import annotations

import pytest

import cqnews

_SRC = "https://www.valleytimes.example/img/bridge-1200.jpg"
_LEDE = "<p>" + "The county closed the old bridge on Monday so that crews could resurface its deck before winter. " * 3
_CAP = "Crews resurface the deck of the old bridge"


def _images(figure: str) -> list[tuple[str | None, list[tuple[str | None, str | None]]]]:
    html = (
        "<html><head><title>Old bridge closes</title></head><body><article><h1>Old bridge closes</h1>"
        f"{_LEDE}</p>{figure}{_LEDE}</p>{_LEDE}</p></article></body></html>"
    )
    article = cqnews.parse(html, url="https://www.valleytimes.example/news/old-bridge.html")
    return [(im.caption, [(c.name, c.organization) for c in im.credits]) for im in article.images]


@pytest.mark.parametrize(
    ("figure", "credit"),
    [
        (f'<p style="text-align:center"><img src="{_SRC}"><br>{_CAP}<br>Anna Roe/Valley Times</p>', ("Anna Roe", "Valley Times")),
        (f'<figure><img src="{_SRC}"><figcaption>{_CAP}<br>Anna Roe / Reuters</figcaption></figure>', ("Anna Roe", "Reuters")),
    ],
)
def test_closing_chain_line_is_the_credit(figure: str, credit: tuple[str, str]) -> None:
    assert _images(figure) == [(_CAP, [credit])]


def test_chain_of_places_stays_caption() -> None:
    figure = f'<figure><img src="{_SRC}"><figcaption>Flights between the two cities<br>Paris/Berlin</figcaption></figure>'
    assert _images(figure) == [("Flights between the two cities Paris/Berlin", [])]
