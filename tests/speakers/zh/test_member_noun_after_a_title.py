"""A noun of a member or a job of the dictionary (成员, 组员) after a title-like word (专家|组成员) ends no name: the
phrase is a description (before: name 组成员, role 专家). A name after it is still read (专家组成员王明). Every
sentence is made up (county inquiry news)."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_member_of_the_expert_group() -> None:
    assert said("专家组成员表示，这个方案总体可行，但细节还需完善。") == [(None, "专家组成员")]


def test_a_named_member_of_the_expert_group() -> None:
    assert said("专家组成员王明表示，这个方案总体可行。") == [("王明", "专家组成员")]


def test_a_foreign_name_after_a_title_stays() -> None:
    assert said("研究员米歇尔表示，这组数据还有待进一步核实。") == [("米歇尔", "研究员")]
