"""People named by a noun, not a name (孩子们, 老人, 一位老人), then what they do while speaking, a verb and 着
(举着牌子, 拉着民警的手), before the cue: the speaker is the noun phrase, the action no part of the role.
Made-up sentences; expected values read from them."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("“欢迎回家！”孩子们举着自己画的画说。", "孩子们"),
        ("“谢谢你们跑这一趟。”老人拉着民警的手说。", "老人"),
        ("“路终于通了。”一位村民指着新修的桥说。", "一位村民"),
        ("“请大家注意脚下。”工作人员拿着扩音器说。", "工作人员"),
    ],
)
def test_the_action_is_no_part_of_the_role(text: str, role: str) -> None:
    assert said(text) == [(None, role)]


def test_a_person_after_a_relative_clause_with_zhe_is_the_whole_phrase() -> None:
    assert said("“他从小就懂事。”看着他长大的邻居说。") == [(None, "看着他长大的邻居")]
