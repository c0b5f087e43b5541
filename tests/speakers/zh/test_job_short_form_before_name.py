"""A noun of a job of two characters jieba tags a short form (交警/j, 武警/j), right before a name, is the person's
role, no piece of a name cut in pieces (其美/j 多吉/nrt): before, the name 交警王磊 and no role."""

from __future__ import annotations

from tests.quote_helpers import text_said_in


def test_traffic_police_before_name_after_the_quote() -> None:
    assert text_said_in("“雨天路滑，大家慢点开。”交警王磊表示。") == [("雨天路滑，大家慢点开。", "王磊", "交警")]


def test_armed_police_before_name_before_the_cue() -> None:
    assert text_said_in("武警李志刚说：“我们连夜赶到了灾区。”") == [("我们连夜赶到了灾区。", "李志刚", "武警")]


def test_name_in_pieces_stays_whole() -> None:
    said = text_said_in("“草场今年长得很好。”牧民其美多吉说。")
    assert said == [("草场今年长得很好。", "其美多吉", "牧民")]
