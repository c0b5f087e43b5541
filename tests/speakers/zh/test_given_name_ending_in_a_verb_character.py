"""A given name ending in a character jieba reads alone as a verb when nothing follows it (如, 喜): the phrase before
the cue, read without the cue, was cut 陈秀/如, so 教师陈秀如表示 named 陈秀. The character is the name's last. Every
sentence is made up; each expected name is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_name_ending_in_ru_after_a_job() -> None:
    assert said("教师陈秀如表示，她已经报了警。") == [("陈秀如", "教师")]


def test_name_ending_in_ru_after_an_office_in_traditional_characters() -> None:
    assert said("北市府發言人林育如表示，市府已成立專案小組。") == [("林育如", "北市府發言人")]


def test_name_ending_in_xi_after_a_job() -> None:
    assert said("教师林育喜表示，全班已经完成了体检。") == [("林育喜", "教师")]


def test_a_manner_verb_still_no_part_of_the_name() -> None:
    assert said("李华笑着表示，这次比赛很顺利。") == [("李华", None)]
