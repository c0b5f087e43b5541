"""Xinhua's credit form "新华社发（王伟 摄）" (released by the agency, then its photographer in brackets): the whole
is the credit, the photographer of the agency; "出发" closing a caption is no outlet (made-up captions)."""

from __future__ import annotations

from cqnews.enrich.credits import split_photo_credit


def _typed(text: str) -> tuple[str | None, list[tuple[str | None, str | None, str | None]]]:
    caption, credits = split_photo_credit(text)
    return caption, [(c.name, c.organization, c.raw) for c in credits]


def test_released_by_an_agency_with_the_photographer_in_brackets() -> None:
    assert _typed("游客在古镇拍照留念。新华社发（陈红 摄）") == (
        "游客在古镇拍照留念。",
        [("陈红", "新华社", "新华社发（陈红 摄）")],
    )


def test_released_by_an_agency_then_the_photographer_without_brackets() -> None:
    assert _typed("游客在古镇拍照留念。中新社发 陈红 摄") == (
        "游客在古镇拍照留念。",
        [("陈红", "中新社", "中新社发 陈红 摄")],
    )


def test_a_verb_ending_in_fa_before_the_bracket_stays_caption() -> None:
    assert _typed("车队从广场出发（陈红 摄）") == ("车队从广场出发", [("陈红", None, "（陈红 摄）")])
