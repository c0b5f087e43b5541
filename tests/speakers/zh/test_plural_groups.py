"""A common noun made plural by 们 (村民们, 专家们) is a group the article does not name: no name, the group as
the role. Made-up sentences; each expected value is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_plural_group_after_a_quote_is_no_name() -> None:
    assert said("“我们很满意。”村民们纷纷表示。") == [(None, "村民们")]


def test_a_plural_group_before_a_cue_is_no_name() -> None:
    assert said("专家们指出，楼市已经触底。") == [(None, "专家们")]


def test_elders_cut_before_people_in_men() -> None:
    # 老/a 人们/n: jieba cuts the elders into "old" and "people"; the group is the role, no name
    assert said("老人们都说：“今年的雨水特别多。”") == [(None, "老人们")]
