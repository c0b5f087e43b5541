"""A cue of warning or urging with the ones addressed before the mark opening what they are told (民警提醒广大市民，…;
警方警告市民，…): the reported clause starts after the mark, and 提醒 reports though no mark follows it right away."""

from __future__ import annotations

from tests.quote_helpers import reported, reported_said


def test_reminding_the_ones_addressed_then_a_comma() -> None:
    assert reported_said("社区民警提醒广大居民，近期冒充客服的诈骗电话增多，切勿透露验证码。", "zh") == [
        ("近期冒充客服的诈骗电话增多，切勿透露验证码。", None, "社区民警")
    ]
    assert reported("县疾控中心提醒各位家长：秋冬季是流感高发季节，孩子出现发热应及时就医。", "zh") == [
        "秋冬季是流感高发季节，孩子出现发热应及时就医。"
    ]


def test_warning_and_urging_leave_the_ones_addressed_out() -> None:
    assert reported("林业部门警告游客，景区深处有野猪出没，请勿擅自离开步道。", "zh") == [
        "景区深处有野猪出没，请勿擅自离开步道。"
    ]
    assert reported("区妇联呼吁广大家长们，要多花时间陪伴孩子读书。", "zh") == ["要多花时间陪伴孩子读书。"]


def test_no_one_addressed_or_a_verb_after_them() -> None:
    assert reported("气象台提醒，明天起全市将有一次明显降温过程。", "zh") == ["明天起全市将有一次明显降温过程。"]
    assert reported("交警提醒司机注意减速，前方路段正在施工。", "zh") == []
