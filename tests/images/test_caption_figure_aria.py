"""A box that says it is a figure (role="figure") or a <figure> gives its picture the caption its aria-label holds
when the label reads as one (three words or more), and a figure's aria-describedby names its caption as the image's
does; a one-word label ("Photo") is a name, no caption. Made-up pages."""

from __future__ import annotations

import pytest

import cqnews

_SRC = "https://cdn.example.org/uploads/2026/05/river-barge-1600.jpg"
_CAPTION = "A barge passes under the old railway bridge on Thursday evening."
_LEDE = "<p>" + "The river authority said on Wednesday that the old railway bridge would close for repairs in June. " * 3
_TAIL = "<p>" + "Engineers will replace the bearings and repaint the steel, the authority said in a statement. " * 3


def _page(figure: str) -> str:
    return (f"<html><head><title>Bridge to close</title></head><body><article><h1>Bridge to close</h1>{_LEDE}</p>"
            f"{figure}{_TAIL}</p></article></body></html>")


@pytest.mark.parametrize(
    ("figure", "caption", "credits"),
    [
        (f'<div role="figure" aria-label="{_CAPTION}"><img src="{_SRC}"></div>', _CAPTION, []),
        (f'<div class="media" role="figure" aria-label="{_CAPTION}"><img src="{_SRC}">'
         '<span class="credit">Lena Hoffmann/Reuters</span></div>', _CAPTION, ["Lena Hoffmann/Reuters"]),
        (f'<figure aria-describedby="bridge-note"><img src="{_SRC}"></figure><p id="bridge-note" class="note">{_CAPTION}'
         "</p>", _CAPTION, []),
        (f'<div role="figure" aria-label="Photo"><img src="{_SRC}"></div>', None, []),
    ],
)
def test_figure_aria_caption(figure: str, caption: str | None, credits: list[str]) -> None:
    article = cqnews.parse(_page(figure), url="https://news.example.org/2026/05/14/bridge.html")
    assert [(i.src, i.caption, [c.raw for c in i.credits]) for i in article.images] == [(_SRC, caption, credits)]
