"""An organisation's name alone after a caption's sentence is its credit only in an outlet's shape (a paper's, a
broadcaster's, a picture or news agency's word, or a known outlet): a line naming page furniture or a body that is
the caption's subject ("Photo Gallery", "City Council", "Supreme Court") stays caption text (made-up figures)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import figure_images

_IMG = '<img src="https://www.example.de/img/hafen-1200.jpg" width="1200" height="800">'
_SENTENCE = "Residents gather outside the town hall on Tuesday."


@pytest.mark.parametrize(
    "line",
    [
        "Photo Gallery",
        "City Council",
        "Supreme Court",
        "Lakeside County Council",
        "Harbour Hospital",
        "Ministry of Health",
        "Riverside University",
        "Westfield Football Club",
        "Department of Transport",
        "National Museum",
        "State Police",
        "Chamber of Commerce",
    ],
)
def test_a_body_or_page_furniture_stays_caption_text(line: str) -> None:
    figure = f"<figure>{_IMG}<figcaption>{_SENTENCE}<br>{line}</figcaption></figure>"
    assert figure_images(figure) == [(f"{_SENTENCE} {line}", [])]


@pytest.mark.parametrize(
    "line",
    [
        "Valley Times",
        "Lakeside Media Group",
        "Northshore News",
        "Harbour Images",
        "Eastbank Press",
        "Coastline Radio",
        "Midland Herald",
        "Hillside Photography",
        "Riverside Gazette",
        "Bayview Television",
        "Reuters",
        "Getty Images",
    ],
)
def test_an_outlet_is_the_credit(line: str) -> None:
    for figure in (
        f"<figure>{_IMG}<figcaption>{_SENTENCE}<br>{line}</figcaption></figure>",
        f"<figure>{_IMG}<figcaption>{_SENTENCE} <small>{line}</small></figcaption></figure>",
    ):
        assert figure_images(figure) == [(_SENTENCE, [line])]
