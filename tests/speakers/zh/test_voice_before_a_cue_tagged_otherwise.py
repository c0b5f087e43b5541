"""A word of the voice one speaks in (小声, 低声) right before a cue jieba tags neither a verb (嘀咕/o) is the manner of
speaking, no part of who speaks: the speaker ends before it, and the quote after 嘀咕道 and a comma is reported."""

from tests.quote_helpers import said


def test_a_nurse_mutters_in_a_low_voice() -> None:
    assert said("一位护士小声嘀咕道：“这个月又没休息几天。”") == [(None, "一位护士")]


def test_a_described_nurse_then_a_comma_before_the_quote() -> None:
    assert said("一位刚下夜班的护士小声嘀咕道，“这个月又没休息几天。”") == [(None, "一位刚下夜班的护士")]


def test_a_name_then_the_voice() -> None:
    assert said("王明小声嘀咕道：“这个月又没休息几天。”") == [("王明", None)]
