"""A picture word and "comes from" without a colon ("图片来源于网络", "照片来自受访者") names the picture's source, as
"图片来源：网络" does; a sentence about where a picture came from stays caption (made-up captions)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("游客在古镇拍照留念。图片来源于网络", "网络"),
        ("游客在古镇拍照留念。照片来自受访者", "受访者"),
        ("游客在古镇拍照留念。图片源自新华社", "新华社"),
    ],
)
def test_source_without_a_colon_after_the_caption(text: str, source: str) -> None:
    caption, credits = split_photo_credit(text)
    assert caption == "游客在古镇拍照留念。"
    assert [(c.role.value, c.name, c.organization) for c in credits] == [("source", None, source)]


def test_a_sentence_about_the_picture_stays_caption() -> None:
    text = "图片来自于一位读者的投稿，他在周末拍下了这一幕并发给了本报记者。"
    assert split_photo_credit(text) == (text, [])
