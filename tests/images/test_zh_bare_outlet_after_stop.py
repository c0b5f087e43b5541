"""A known outlet alone after a Chinese caption's stop, with or without a space ("…进行检修。视觉中国"), is its credit,
as "… overhaul. Supplied" is in English; any other word after the stop stays caption (made-up captions)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


@pytest.mark.parametrize(
    ("text", "outlet"),
    [("游客在古镇拍照留念。视觉中国", "视觉中国"), ("游客在古镇拍照留念。 人民视觉", "人民视觉"), ("游客在古镇拍照留念！新华社", "新华社")],
)
def test_known_outlet_after_the_stop(text: str, outlet: str) -> None:
    caption, credits = split_photo_credit(text)
    assert caption == text[: text.index(outlet)].strip()
    assert [(c.name, c.organization) for c in credits] == [(None, outlet)]


def test_other_words_after_the_stop_stay_caption() -> None:
    assert split_photo_credit("游客在古镇拍照留念。古镇") == ("游客在古镇拍照留念。古镇", [])
