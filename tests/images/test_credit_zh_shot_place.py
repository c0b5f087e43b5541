"""Where a Chinese picture was taken, written before its shot word ("记者在现场拍摄"): no name (Session 64)."""

from __future__ import annotations

import pytest

from cqnews.credit_text.photo import split_photo_credit


@pytest.mark.parametrize(
    "text",
    ["村民在新修的桥上合影。记者在现场拍摄", "村民在新修的桥上合影。（记者现场拍摄）", "村民在新修的桥上合影。记者在一线拍摄"],
)
def test_a_place_before_the_shot_word_is_no_photographer(text: str) -> None:
    caption, credits = split_photo_credit(text)
    assert caption == "村民在新修的桥上合影。"
    assert [(c.name, c.organization) for c in credits] == [(None, None)]


def test_a_name_before_the_place_stays_the_photographer() -> None:
    _, credits = split_photo_credit("村民在新修的桥上合影。本报记者 赵明远在现场拍摄")
    assert [c.name for c in credits] == ["赵明远"]
