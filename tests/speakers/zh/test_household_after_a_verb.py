"""户 (a household) right after a verb of two characters ends a noun of a kind of person (种植户, 脱贫户) when a name
follows it; jieba reads it as a measure word (种植/户/q 吴建军) or glues it to the surname (种植/户付/n 国强/n): the
name after it is the speaker's, the noun the role."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_grower_glued_to_his_surname() -> None:
    assert said("“我们村的葡萄甜！”种植户付国强一边摘葡萄一边介绍。") == [("付国强", "种植户")]


def test_a_grower_read_apart_as_a_measure() -> None:
    assert said("种植户吴建军说：“今年的草莓卖到了省城。”") == [("吴建军", "种植户")]
