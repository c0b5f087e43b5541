"""A short quote touching its cue is words said though the cue's subject names nobody to credit (对方称“…”, 有人说“…”,
大家都说“…”): the cue reports it as it does after a name; before, no speaker read, it was dropped as a term."""

from __future__ import annotations

from tests.quote_helpers import texts_in


def test_short_quote_after_a_cue_of_the_other_side_is_a_quote() -> None:
    assert texts_in("记者多次致电该店，对方称“正在核实”，随后挂断了电话。") == ["正在核实"]
    assert texts_in("对方回复“会尽快处理”，但至今没有下文。") == ["会尽快处理"]


def test_short_quote_after_someone_or_everybody_is_a_quote() -> None:
    assert texts_in("排队时有人说“太慢了”，引来一片附和。") == ["太慢了"]
    assert texts_in("尝过的游客大家都说“好吃”。") == ["好吃"]


def test_term_after_a_naming_verb_stays_no_quote() -> None:
    assert texts_in("他被称为“活雷锋”。") == []
    assert texts_in("国家提出“双减”政策。") == []
