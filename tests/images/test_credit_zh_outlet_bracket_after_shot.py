"""The outlet that distributes a picture, in brackets after 摄 ("王明 摄（人民图片）"), as after a slash ("王明 摄/视觉重庆").

Before, the bracket after the shot word left the whole tail unread: no credit, the credit kept in the caption.
"""

from __future__ import annotations

import pytest

from cqnews.credit_text.photo import split_photo_credit


@pytest.mark.parametrize(
    ("text", "name", "organization"),
    [
        ("工人在码头装卸集装箱。王明 摄（港城图片）", "王明", "港城图片"),
        ("市民在江边散步。李华 摄(视觉江城)", "李华", "视觉江城"),
        ("工人在码头装卸集装箱。王明 摄/视觉重庆", "王明", "视觉重庆"),
    ],
)
def test_outlet_after_the_shot_word(text: str, name: str, organization: str) -> None:
    caption, credits = split_photo_credit(text)
    assert caption == text.split("。")[0] + "。"
    assert [(c.name, c.organization) for c in credits] == [(name, organization)]
