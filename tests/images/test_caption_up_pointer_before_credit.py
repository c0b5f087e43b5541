"""A mark pointing up at the picture written between a Chinese caption and its credit ("…桥墩。▲ 王明 摄",
"…桥墩。▲新华社记者王明 摄"): layout, neither caption text nor part of the credit. Before, the caption ended with the
mark, or, glued to the credit, the mark opened the credit's organisation ("▲王明"). Made-up captions in the shape of
Chinese local news sites (Session 61)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "工人正在加固老城区江边步道的桥墩。"


@pytest.mark.parametrize(
    ("written", "credit"),
    [
        (f"{_CAPTION}▲ 王明 摄", ("王明", None, "王明 摄")),
        (f"{_CAPTION}▲王明 摄", ("王明", None, "王明 摄")),
        (f"{_CAPTION} △ 新华社记者 王明 摄", ("王明", "新华社", "新华社记者 王明 摄")),
        (f"{_CAPTION}▲新华社记者王明 摄", ("王明", "新华社", "新华社记者王明 摄")),
    ],
)
def test_mark_before_credit_is_layout(written: str, credit: tuple[str, str | None, str]) -> None:
    assert caption_and_credits(written) == (_CAPTION, [credit])


def test_mark_opening_caption_still_dropped() -> None:
    assert caption_and_credits(f"▲{_CAPTION} 王明 摄") == (_CAPTION, [("王明", None, "王明 摄")])
