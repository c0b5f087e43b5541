""""图文：" (text and pictures by) before a name or an outlet labels a picture's credit, as "图：" does (made-up
captions)."""

from __future__ import annotations

from cqnews.enrich.credits import split_photo_credit


def _typed(text: str) -> tuple[str | None, list[tuple[str | None, str | None]]]:
    caption, credits = split_photo_credit(text)
    return caption, [(c.name, c.organization) for c in credits]


def test_text_and_pictures_label_alone() -> None:
    assert _typed("图文：陈红") == (None, [("陈红", None)])


def test_text_and_pictures_label_after_the_caption() -> None:
    assert _typed("游客在古镇拍照留念。图文：新华社") == ("游客在古镇拍照留念。", [(None, "新华社")])


def test_traditional_label_with_a_slash() -> None:
    assert _typed("遊客在古鎮拍照留念。圖文／陳紅") == ("遊客在古鎮拍照留念。", [("陳紅", None)])
