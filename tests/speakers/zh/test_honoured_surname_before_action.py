"""A surname and an honorific read as one word (张先生, 刘女士) is a person before the action that goes with the
speaking (张先生|竖起大拇指说, 刘女士|指了指远处说), as a full name is: the action is no part of the speaker.

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_a_thumbs_up_after_a_quote() -> None:
    assert speakers("“办证只跑了一次，真的太方便了！”市民张先生竖起大拇指说。") == ["张先生"]


def test_pointing_into_the_distance() -> None:
    assert speakers("“那边就是新修的停车场。”刘女士指了指远处说。") == ["刘女士"]


def test_a_fist_before_the_reported_clause() -> None:
    assert speakers("受害人王小姐握紧拳头说，一定要讨回这笔钱。") == ["王小姐"]
