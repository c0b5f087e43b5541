"""A box whose class joins a still picture's word and "info" ("pic-info", "img_info", "photo-info"), as Chinese and
other Asian portals name the caption box under a picture, holds the caption (made-up figures)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import figure_images

_IMG = '<img src="https://www.example.de/img/ufer-1200.jpg" width="1200" height="800">'
_CAPTION = "Volunteers plant willows along the riverbank on Tuesday."


@pytest.mark.parametrize("cls", ["pic-info", "img_info", "photo-info"])
def test_the_info_box_is_the_caption(cls: str) -> None:
    figure = f'<div class="pic">{_IMG}</div><div class="{cls}">{_CAPTION}</div>'
    assert figure_images(figure) == [(_CAPTION, [])]


def test_a_media_info_box_is_no_caption() -> None:
    figure = f'<div class="pic">{_IMG}</div><div class="media-info">{_CAPTION}</div>'
    assert figure_images(figure) == [(None, [])]
