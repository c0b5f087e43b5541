"""A set phrase of an act (打电话, 发微博: jieba's tag l) after a noun of people and before the cue is what they do
before speaking, no part of who speaks, as a verb of an act is (店主|摇摇头(说)); a set phrase ending as a noun of a
person does (发言人) is no act (made-up sentences; expected values read from them)."""

from __future__ import annotations

from tests.quote_helpers import said


def test_phone_call_before_the_cue_is_cut_off() -> None:
    assert said("一位家长打电话向记者反映，学校食堂的饭菜质量很差。") == [(None, "一位家长")]
    assert said("家长打电话向记者反映，学校食堂的饭菜质量很差。") == [(None, "家长")]


def test_phone_call_traditional() -> None:
    assert said("一位家長打電話向記者反映，學校食堂的飯菜質量很差。") == [(None, "一位家長")]
