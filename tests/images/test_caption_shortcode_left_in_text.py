"""WordPress's caption shortcode left unread in a page's text (a theme or feed that did not render it:
``<p>[caption id="attachment_7" align="aligncenter" width="800"]<img …> Crews …[/caption]</p>``): the text after the
picture up to ``[/caption]`` is the picture's caption. Before, the block was dropped from the body as a shortcode and
the picture had no caption: the caption was lost. Made-up pages in the shape of WordPress sites (Session 61)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import figure_images

_EN = "Volunteers plant oak saplings along the river trail on Tuesday."
_SRC = "https://img.example.com/p/2026/a1.jpg"
_OPEN = '[caption id="attachment_7" align="aligncenter" width="800"]'


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (f'<p>{_OPEN}<img src="{_SRC}"> {_EN}[/caption]</p>', (_EN, [])),
        (f'<p>{_OPEN}<a href="{_SRC}"><img src="{_SRC}"></a> {_EN}[/caption]</p>', (_EN, [])),
        (f'<p>{_OPEN}<img src="{_SRC}"> {_EN} Photo: Anna Roe[/caption]</p>', (_EN, ["Photo: Anna Roe"])),
    ],
)
def test_shortcode_text_is_the_caption(markup: str, expected: tuple[str, list[str]]) -> None:
    assert figure_images(markup) == [expected]


def test_other_shortcode_gives_no_caption() -> None:
    assert figure_images(f'<p>[gallery ids="7,8"]<img src="{_SRC}"> {_EN}[/gallery]</p>') != [(_EN, [])]
