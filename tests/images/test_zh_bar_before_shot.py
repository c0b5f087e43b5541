"""A Chinese credit with a bar before 摄 ("王明丨摄", "王明｜摄"): the bar is a mark, as the slash of "王明/摄" is, no
part of the name (review of Session 60, which read the bars WeChat's editors write after a photo label, "摄影丨王明",
but not before the shot word). Made-up credits."""

from __future__ import annotations

import pytest

from cqnews.credit_text.photo import split_photo_credit


@pytest.mark.parametrize(
    ("text", "name"),
    [("王明丨摄", "王明"), ("王明｜摄", "王明"), ("（李华 | 摄）", "李华"), ("王明/摄", "王明")],
)
def test_a_bar_before_the_shot_word_is_no_part_of_the_name(text: str, name: str) -> None:
    caption, credits = split_photo_credit(text)
    assert caption is None
    assert [(credit.name, credit.organization) for credit in credits] == [(name, None)]
