"""An act of a verb and its object that jieba's dictionary holds as one noun (主持会议, 听取汇报, 视察工作), between
a name and 并, 后 or the cue, is what the one named did before speaking: the name is the speaker, the title before
it the role (before: speaker 宣传部长刘芳主持会议, 刘芳视察工作). Every sentence is made up (county and city
government reports)."""

from __future__ import annotations

from tests.quote_helpers import said


def test_chairing_a_meeting_and_pointing_out() -> None:
    assert said("宣传部长刘芳主持会议并指出，要讲好本地故事。") == [("刘芳", "宣传部长")]


def test_inspecting_work_and_pointing_out() -> None:
    assert said("刘芳视察工作并指出，要压实防汛责任。") == [("刘芳", None)]


def test_hearing_a_report_and_pointing_out() -> None:
    assert said("副市长陈建国听取汇报并指出，要加快项目进度。") == [("陈建国", "副市长")]


def test_comrade_chairing_a_meeting() -> None:
    assert said("刘芳同志主持会议并指出，要讲好本地故事。") == [("刘芳", "同志")]


def test_after_hearing_a_report() -> None:
    assert said("区委书记王刚听取汇报后强调，要守牢安全底线。") == [("王刚", "区委书记")]


def test_a_verb_and_its_object_apart_already() -> None:
    assert said("县长张建国参加会议并指出，要抓好秋粮收购。") == [("张建国", "县长")]
