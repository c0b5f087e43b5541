"""在线 (online) that jieba reads whole before the 上 of 线上 (在线上会议中, 在線上法說會中): its 在 opens the phrase of
where the speaker is, no part of the speaker (鴻海董事長劉揚偉在線上法說會中指出 -> 劉揚偉); 在线 with no 上 after it
(在线教育专家王明) stays in the role. The 下 of 线下 (offline) likewise (店长王明在线下门店接受采访时说 -> 王明).
Every sentence is made up; each expected speaker and role is read off it."""

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


def test_a_manager_at_an_offline_shop() -> None:
    text = "店长赵磊在线下门店接受采访时说：“周末的客流已经回来了。”"
    assert said(text) == [("赵磊", "店长")]


def test_a_name_before_offline_alone() -> None:
    assert said("陈芳在线下说：“欢迎大家来体验。”") == [("陈芳", None)]


def test_online_before_a_download_stays_no_place() -> None:
    # (在线下载: 下 opens a verb; the phrase 在线下载时 is still no part of the speaker)
    assert said("工程师刘洋在线下载时表示，安装包已经更新。") == [("刘洋", "工程师")]
