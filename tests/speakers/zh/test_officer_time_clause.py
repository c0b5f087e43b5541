"""An office's holder named by the office alone (法官, 检察官, 审判长: a noun ending as a title does), maybe after a
word of its kind (主审法官), then a clause of time of their own doing that 时 closes (庭审时, 宣判时, 出庭支持公诉时)
before the cue: the clause is no part of who speaks, as for a kind of person (证人出庭作证时说). Before, the
clause stayed in the speaker (法官庭审时, 主审法官宣判时 as a name; 检察官出庭 as the role). Every sentence is made up;
each expected value is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_office_then_time_clause() -> None:
    assert said("法官庭审时直言：“你的行为伤害了很多人。”") == [(None, "法官")]
    assert said("检察官出庭支持公诉时表示，被告人应当从重处罚。") == [(None, "检察官")]


def test_kind_of_office_then_time_clause() -> None:
    assert said("主审法官宣判时说：“本庭认为，被告人的行为已构成诈骗罪。”") == [(None, "主审法官")]


def test_side_then_its_officer_then_time_clause() -> None:
    assert said("辩方律师为被告求情时指出，被告已深感后悔。") == [(None, "辩方律师")]
