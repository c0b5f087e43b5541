"""A cue of a verb of asking or speaking and 道 (反问道, 质问道, 喃喃道, 怒道) after a quote: the verb's first
character is no end of the name before it (周慧芳反 from 反 + 问道). Every sentence is made up; each expected speaker
and role is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_asking_back() -> None:
    assert said("“谁说女子不如男？”退休教师周慧芳反问道。") == [("周慧芳", "退休教师")]


def test_demanding() -> None:
    assert said("“这笔钱到底去哪了？”村民王建军质问道。") == [("王建军", "村民")]


def test_muttering_and_saying_in_anger() -> None:
    assert said("“不会的，不会的。”李秀兰喃喃道。") == [("李秀兰", None)]
    assert said("“你们太过分了！”张国强怒道。") == [("张国强", None)]
