"""A full name before what the person did or the day it was done, then the cue (王刚主持会议说, 王明9日电话表示):
the name is who speaks, the words before it the role; what follows it is no part of the speaker (before: an
organisation "王刚主持会议", "王明9日电话"). Every sentence is made up (county news of meetings, business news)."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_name_chairing_a_meeting() -> None:
    assert said("王刚主持会议说，要抓好秋粮收购和秸秆禁烧工作。") == [("王刚", None)]


def test_a_titled_name_chairing_a_meeting() -> None:
    assert said("县委书记王刚主持会议说，要抓好秋粮收购和秸秆禁烧工作。") == [("王刚", "县委书记")]


def test_a_name_then_a_day_and_a_means() -> None:
    assert said("王明9日电话表示，项目已经停工，工人正在陆续撤离。") == [("王明", None)]


def test_a_name_then_a_day_and_an_interview() -> None:
    assert said("李建华9日接受电话采访表示，项目已经停工。") == [("李建华", None)]


def test_a_store_publishing_stays_the_store() -> None:
    assert said("王府井百货发布公告称，将于下月关闭两家门店。") == [("王府井百货", None)]
