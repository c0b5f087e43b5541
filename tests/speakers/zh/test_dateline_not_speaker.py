"""A Chinese dateline and its credit before the subject are no part of the speaker or the role.

A dateline and its credit before the subject (新华社北京3月5日电（记者王明）国务院总理…) are no part of the speaker.

A dateline before the first speaker (新华社北京5月13日电 外交部发言人毛宁…) is no part of the speaker's role.
Made-up sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_the_premier_after_a_dateline_keeps_his_title_only() -> None:
    text = "新华社北京3月5日电（记者王明、李华）国务院总理李强在政府工作报告中说，今年经济增长目标为5%左右。"
    assert said(text) == [("李强", "国务院总理")]


def test_a_brigade_after_a_local_credit_is_read_alone() -> None:
    found = said("本报讯（通讯员 张强 记者 刘洋）昨日，市消防支队表示，冬季是火灾高发期。")
    assert found == [("市消防支队", None)]


def test_an_abbreviation_in_brackets_still_joins_its_name() -> None:
    assert said("美国有线电视新闻网（CNN）报道称，双方已达成协议。") == [("美国有线电视新闻网", None)]


def test_a_dateline_is_no_part_of_the_role() -> None:
    assert said("新华社北京5月13日电 外交部发言人毛宁13日表示，中方对此表示严重关切。") == [("毛宁", "外交部发言人")]
    assert said("人民网重庆5月13日电（记者 王明）重庆市副市长张华13日表示，全市经济运行总体平稳。") == [
        ("张华", "重庆市副市长")
    ]


def test_a_dateline_in_traditional_characters_is_no_part_of_the_role() -> None:
    # 電 is 电: the dateline ends there in either script
    assert said("新華社北京5月13日電 外交部發言人毛寧13日表示，中方對此表示嚴重關切。") == [("毛寧", "外交部發言人")]


def test_a_role_without_a_dateline_is_kept_whole() -> None:
    assert said("河南省委副书记、省长王凯表示，要切实做好防汛工作。") == [("王凯", "河南省委副书记、省长")]
