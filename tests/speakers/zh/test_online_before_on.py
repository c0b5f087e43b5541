"""在线 (online) that jieba reads whole before the 上 of 线上 (在线上会议中, 在線上法說會中): its 在 opens the phrase of
where the speaker is, no part of the speaker (鴻海董事長劉揚偉在線上法說會中指出 -> 劉揚偉); 在线 with no 上 after it
(在线教育专家王明) stays in the role. Every sentence is made up; each expected speaker and role is read off it."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_chairman_at_an_online_meeting_for_investors() -> None:
    text = "鴻海董事長劉揚偉在線上法說會中指出，AI伺服器需求強勁。"
    assert said(text) == [("劉揚偉", "鴻海董事長")]


def test_a_mayor_at_an_online_meeting() -> None:
    assert said("市长王强在线上会议中强调，要确保物资供应。") == [("王强", "市长")]


def test_a_name_before_online_alone() -> None:
    assert said("王明在线上说，大家好。") == [("王明", None)]


def test_online_opening_a_role_stays() -> None:
    assert said("在线教育专家王明表示，网课效果因人而异。") == [("王明", "在线教育专家")]
