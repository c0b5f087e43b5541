"""A word of how often made of 每 (each) and a unit of time or of occurrence (每次, 每周, 每回), which jieba tags a
pronoun, between the speaker and what they do before speaking, is no part of the speaker (王明每次 is no name);
每人 (each person) is no such word."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_son_each_time_he_calls() -> None:
    assert said("儿子每次打电话都说：“妈，你要注意身体。”") == [(None, "儿子")]


def test_a_named_man_each_week() -> None:
    assert said("周海军每周都会提醒：“出门记得关好门窗。”") == [("周海军", None)]


def test_a_daughter_each_time_she_comes_home() -> None:
    assert said("女儿每回回家都说：“家里变化真大。”") == [(None, "女儿")]


def test_a_named_woman_each_time_after_the_quote() -> None:
    assert said("“可得把账算清楚。”陈秀兰每次都这样说。") == [("陈秀兰", None)]
