"""After a quote, a verb of saying the speaker would not do (一位不愿透露姓名的工作人员说: unwilling to disclose a name)
reports nothing: the cue is the verb after it, and the whole description is the unnamed speaker's. Every sentence is
made up; each expected speaker is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_staff_member_unwilling_to_give_a_name() -> None:
    assert said("“我们也很无奈，只能等上面通知。”一位不愿透露姓名的工作人员说。") == [
        (None, "一位不愿透露姓名的工作人员")
    ]


def test_villager_unwilling_to_give_a_name() -> None:
    assert said("“这条路修了三年还没修好。”一名不愿透露姓名的村民告诉记者。") == [(None, "一名不愿透露姓名的村民")]
