""""图源：" (short for 图片来源, the picture's source) before an outlet is a source credit (made-up captions)."""

from __future__ import annotations

from cqnews.enrich.credits import split_photo_credit


def _typed(text: str) -> tuple[str | None, list[tuple[str, str | None, str | None]]]:
    caption, credits = split_photo_credit(text)
    return caption, [(c.role.value, c.name, c.organization) for c in credits]


def test_short_source_label_alone() -> None:
    assert _typed("图源：视觉中国") == (None, [("source", None, "视觉中国")])


def test_short_source_label_after_the_caption() -> None:
    assert _typed("游客在湖边赏花。图源：受访者") == ("游客在湖边赏花。", [("source", None, "受访者")])


def test_traditional_short_source_label_in_brackets() -> None:
    assert _typed("遊客在湖邊賞花。（圖源：中央社）") == ("遊客在湖邊賞花。", [("source", None, "中央社")])
