""" "文/图" after the names ("□王明 文/图": the reporter wrote the story and took its pictures) credits the picture, as
"摄" there does. Before, the tail was no credit and stayed in the caption."""

from __future__ import annotations

import pytest

from cqnews.credit_text.photo import split_photo_credit


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("渡轮清晨停靠北码头。□王明 文/图", "□王明 文/图"),
        ("渡轮清晨停靠北码头。王明 文／图", "王明 文／图"),
        ("渡轮清晨停靠北码头。本报记者 王明 文/圖", "本报记者 王明 文/圖"),
    ],
)
def test_text_and_pictures_after_the_name(text: str, raw: str) -> None:
    caption, credits = split_photo_credit(text)
    assert caption == "渡轮清晨停靠北码头。"
    assert [(c.name, c.raw) for c in credits] == [("王明", raw)]
