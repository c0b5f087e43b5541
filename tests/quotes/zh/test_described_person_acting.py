"""A person described by a verb and a noun of a person (独居老人刘奶奶, 退休教师王建国) who acts on a thing before
the cue (拉着记者的手说): the name is the speaker, the description the role, the act no part of either (made-up
paragraphs of a county media centre's visit; the expected speakers are read from them)."""

from __future__ import annotations

from tests.quote_helpers import roles, speakers


def test_lonely_elder_holding_the_reporters_hand() -> None:
    p = "独居老人刘奶奶拉着记者的手说：“党和政府没有忘记我们这些老人。”"
    assert speakers(p) == ["刘奶奶"]
    assert roles(p) == ["独居老人"]


def test_retired_teacher_pointing_at_a_photo() -> None:
    p = "退休教师王建国指着墙上的照片说：“这是我当年带的第一届学生。”"
    assert speakers(p) == ["王建国"]
    assert roles(p) == ["退休教师"]


def test_elder_holding_a_volunteers_hand_with_an_adverb() -> None:
    p = "独居老人刘奶奶握着志愿者的手连声说：“谢谢你们，常来坐坐。”"
    assert speakers(p) == ["刘奶奶"]


def test_name_inside_a_relative_clause_stays_unnamed() -> None:
    p = "与王建国同住的老人拉着记者的手说：“他平时对我很照顾。”"
    assert speakers(p) != ["王建国"]
