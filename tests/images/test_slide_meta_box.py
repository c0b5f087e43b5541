"""A gallery slide whose title and description sit in one box beside the picture (Squarespace's ``<div
class="meta"><div class="meta-title">…</div><div class="meta-description">…</div></div>``): the description is the
caption and the title no part of it, as when the two boxes stand beside the picture themselves. Before, the box's
whole text was the caption, the title glued before the sentence ("Harbour at dawn Crews …"). A caption and its credit
as two boxes in one box read as the same two paragraphs do. Made-up slides in the shape of Squarespace galleries
(Session 61)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import figure_images

_IMG = '<img src="https://static.example.com/content/v1/slide-01.jpg" width="1500" height="1000">'
_EN = "Volunteers plant oak saplings along the river trail on Tuesday."


def _slide(meta: str) -> str:
    return f'<div class="sqs-gallery"><div class="slide"><div class="image-wrap">{_IMG}</div>{meta}</div></div>'


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        (
            f'<div class="meta"><div class="meta-title">River trail</div><div class="meta-description">{_EN}</div></div>',
            (_EN, []),
        ),
        (
            f'<div class="meta"><div class="meta-title">Harbour at dawn</div>'
            f'<div class="meta-description"><p>{_EN}</p></div></div>',
            (_EN, []),
        ),
        (f'<div class="meta"><div>{_EN}</div><div>Photo: Anna Roe</div></div>', (_EN, ["Photo: Anna Roe"])),
    ],
)
def test_slide_meta_box(meta: str, expected: tuple[str, list[str]]) -> None:
    assert figure_images(_slide(meta)) == [expected]
