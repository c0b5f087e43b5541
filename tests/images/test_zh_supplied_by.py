"""The supplier of a Chinese "提供" credit written after "由" ("图片由受访者提供", "照片由王伟提供"): the "图片由" is
no part of the supplier's name, and the whole run is the credit (made-up captions)."""

from __future__ import annotations

from cqnews.enrich.credits import split_photo_credit


def _typed(text: str) -> tuple[str | None, list[tuple[str | None, str | None, str | None]]]:
    caption, credits = split_photo_credit(text)
    return caption, [(c.name, c.organization, c.raw) for c in credits]


def test_picture_supplied_by_a_person_after_the_caption() -> None:
    assert _typed("游客在古镇拍照留念。照片由王伟提供") == ("游客在古镇拍照留念。", [("王伟", None, "照片由王伟提供")])


def test_picture_supplied_by_the_interviewee_alone() -> None:
    assert _typed("图片由受访者提供") == (None, [(None, "受访者", "图片由受访者提供")])


def test_supplied_by_after_a_comma() -> None:
    assert _typed("游客在古镇拍照留念，图片由王伟提供") == ("游客在古镇拍照留念", [("王伟", None, "图片由王伟提供")])


def test_supplier_without_by_reads_as_before() -> None:
    assert _typed("游客在古镇拍照留念。受访者供图") == ("游客在古镇拍照留念。", [(None, "受访者", "受访者供图")])
