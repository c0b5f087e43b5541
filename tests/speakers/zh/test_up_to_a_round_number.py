"""上 before a round number (上百名, 上千位: up to a hundred, a thousand) is part of the count of a group that speaks, no
localiser to drop from the role (jieba reads 上/f 百名/m, though it holds 上万名 as one word). Every sentence is made
up; each expected role is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_up_to_a_hundred_netizens() -> None:
    assert said("上百位网友留言称，支持这一做法。") == [(None, "上百位网友")]


def test_up_to_a_thousand_residents() -> None:
    assert said("上千名市民表示，支持这一做法。") == [(None, "上千名市民")]


def test_up_to_a_hundred_workers_before_a_direct_quote() -> None:
    assert said("上百名员工表示：“我们支持这一做法。”") == [(None, "上百名员工")]


def test_ten_thousand_read_whole_already() -> None:
    assert said("上万名球迷表示，支持这一做法。") == [(None, "上万名球迷")]
