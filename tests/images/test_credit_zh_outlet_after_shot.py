"""The outlet written after 摄 and a slash ("重庆日报记者 张三 摄/视觉重庆") is a credit of its own, and the
caption before it stays clean. Made-up captions only."""

from __future__ import annotations

from cqnews.enrich.credits import split_photo_credit


def _split(text: str) -> tuple[str | None, list[tuple[str | None, str | None]]]:
    caption, credits = split_photo_credit(text)
    return caption, [(c.name, c.organization) for c in credits]


def test_an_outlet_after_the_photographer() -> None:
    caption, credits = _split("改造后的小区。重庆日报记者 张三 摄/视觉重庆")
    assert caption == "改造后的小区。"
    assert credits == [("张三", "重庆日报"), (None, "视觉重庆")]


def test_the_plain_form_is_unchanged() -> None:
    assert _split("改造后的小区。新华社记者 李四 摄") == ("改造后的小区。", [("李四", "新华社")])
