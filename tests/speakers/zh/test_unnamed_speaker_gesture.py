"""What an unnamed person does before speaking (店主|摇摇头说, 医生|叹了口气说, 民警|笑了笑说) is no part of who
speaks: the noun of the person is the role; a name jieba tags a verb after a title (行长|拉加德) and a verb whose
object the person noun is (接受|媒体|访问) are not cut so. Every sentence is made up; each expected speaker is read
off the sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("“生意不好做啊。”店主摇摇头说。", "店主"),
        ("老板娘摇摇头说：“今年的房租又涨了。”", "老板娘"),
        ("“今晚又是一个通宵。”护士长擦了擦汗说。", "护士长"),
        ("“这段路晚上没有灯。”出租车司机皱着眉头说。", "出租车司机"),
        ("民警笑了笑说：“这是我们应该做的。”", "民警"),
        ("村民们拍着手说：“好日子来了！”", "村民们"),
    ],
)
def test_the_gesture_is_no_part_of_the_role(text: str, role: str) -> None:
    assert said(text) == [(None, role)]


def test_a_doctor_sighing_with_nobody_named_so() -> None:
    assert said("“再晚来半小时就危险了。”医生叹了口气说。") == [(None, "医生")]
