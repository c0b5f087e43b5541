"""A dateline and its credit before the subject (新华社北京3月5日电（记者王明）国务院总理…) are no part of the speaker."""

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
