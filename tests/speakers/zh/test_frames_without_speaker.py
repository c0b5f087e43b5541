"""Frames before a cue that name no speaker: a preposition-like verb (面对质疑，), a time clause that opens
with its verb (接受采访时表示), and a publication glued to its verb (发布公告称)."""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_facing_doubts_is_no_speaker() -> None:
    assert "面对" not in speakers("王明说，自己很委屈。面对质疑，回应称自己没有做错。")


def test_a_time_clause_opening_with_its_verb_names_no_one() -> None:
    assert "接受" not in speakers("王明多次上访，接受采访时表示，问题一直没有解决。")


def test_the_company_publishing_a_notice_is_the_company() -> None:
    assert speakers("涉事公司昨日深夜发布公告称，产品已全部下架。") == ["涉事公司"]
    assert speakers("交通部门发布通告称，该路段将封闭施工。") == ["交通部门"]


def test_a_minister_at_a_meeting_keeps_his_name() -> None:
    assert speakers("外交部长王毅会见记者时表示，中方愿意继续对话。") == ["王毅"]
