"""A time word right before the verb of a clause that ends in 的 and describes the person (去年来过的游客: the
visitors who came last year) is part of that clause, so of the role; a time word set off by a comma is not.

Every sentence is made up; each expected role is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_the_time_of_the_describing_clause_stays_in_the_role() -> None:
    assert said("去年来过的游客说：“这里比以前干净多了。”") == [(None, "去年来过的游客")]
    assert said("昨天刚到的游客说：“这里的风景很美。”") == [(None, "昨天刚到的游客")]
    assert said("上个月搬来的住户说：“邻居们都很热情。”") == [(None, "上个月搬来的住户")]
    assert said("昨晚值班的护士说：“病人的情况很平稳。”") == [(None, "昨晚值班的护士")]
    assert said("当天在场的记者说：“现场一度很混乱。”") == [(None, "当天在场的记者")]


def test_a_time_word_set_off_by_a_comma_is_no_part_of_the_role() -> None:
    assert said("去年，来过的游客说：“这里干净多了。”") == [(None, "来过的游客")]
