"""A dash and a person's name in emphasis closing a caption after its sentence (<figcaption>… on Saturday. <em>—
Dana Whitfield</em></figcaption>): the picture's taker, as a name alone in <small> or <cite> is. Emphasis that goes
on, or holds no name, stays caption text. Made-up figures."""

from __future__ import annotations

import pytest

from tests.figure_helpers import figure_images

_IMG = '<img src="https://www.example.de/img/markt-1200.jpg" width="1200" height="800">'
_CAPTION = "Vendors set up stalls in the old market hall before dawn on Saturday."


@pytest.mark.parametrize(
    "closing",
    ["<em>— Dana Whitfield</em>", "<i>– Tom Reyes</i>", "<span>— Marie Dubois</span>"],
)
def test_dash_and_name_in_emphasis_is_the_credit(closing: str) -> None:
    figure = f"<figure>{_IMG}<figcaption>{_CAPTION} {closing}</figcaption></figure>"
    ((caption, credits),) = figure_images(figure)
    assert caption == _CAPTION
    assert len(credits) == 1
    assert credits[0].lstrip("—– ") == closing.split(">", 1)[1].split("<", 1)[0].lstrip("—– ")


@pytest.mark.parametrize(
    "closing",
    ["<em>— a view from the tower</em>", "<em>— Dana Whitfield</em> and friends"],
)
def test_other_emphasis_stays_caption_text(closing: str) -> None:
    figure = f"<figure>{_IMG}<figcaption>{_CAPTION} {closing}</figcaption></figure>"
    ((caption, credits),) = figure_images(figure)
    assert credits == []
    assert caption is not None and caption.startswith(_CAPTION)
