"""当庭 (in court) and 当面 (face to face) between a speaker and the cue are the manner of speaking, as 当场 is, never
part of the speaker. Every sentence is made up; each expected speaker is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_presiding_judge_in_court() -> None:
    assert said("审判长当庭宣布：“现在休庭，十分钟后继续开庭。”") == [(None, "审判长")]


def test_traditional_judge_in_court() -> None:
    assert said("法官當庭指出：「被告的說法前後矛盾。」") == [(None, "法官")]


def test_before_everyone_read_with_the_cue_as_one_idiom() -> None:
    # 刘强/nr 当众宣布/i: the manner and the cue are one word of jieba's; the manner is no part of the name
    assert said("刘强当众宣布：“明天的比赛照常进行！”") == [("刘强", None)]
