"""A familiar name (小 or 老 and a surname) that jieba's model glues to the noun of a person before it (博主小王/n):
before, 视频博主小王 was read as one name, the role inside it. Every sentence is made up; each expected value is read
off it."""

from __future__ import annotations

from tests.quote_helpers import said


def test_familiar_name_after_a_blogger() -> None:
    assert said("视频博主小王说：“这条路太难走了。”") == [("小王", "视频博主")]
    assert said("网红博主小李表示，这家店的排队时间太长。") == [("小李", "网红博主")]
