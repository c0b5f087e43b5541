"""A kin word of 阿 that jieba tags a place (阿伯/ns, 阿哥/ns) is a noun of the person described, as 阿姨/nr is
(test_kin_word_of_a_after_a_job): no name, and the job or clause before it is part of the role. Every sentence is
made up; each expected speaker is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_guard_uncle_before_a_colon() -> None:
    assert said("保安阿伯说：“昨晚没有人进来过。”") == [(None, "保安阿伯")]


def test_guard_uncle_after_the_quote() -> None:
    assert said("“昨晚没有人进来过。”保安阿伯说。") == [(None, "保安阿伯")]


def test_uncle_after_a_clause_of_de() -> None:
    assert said("门口的阿伯说：“我每天都在这里下棋。”") == [(None, "门口的阿伯")]


def test_elder_brother_after_a_clause_of_de() -> None:
    assert said("卖菜的阿哥说：“今天的菜很便宜。”") == [(None, "卖菜的阿哥")]


def test_uncle_alone() -> None:
    assert said("阿伯说：“我每天都在这里下棋。”") == [(None, "阿伯")]


def test_surname_and_uncle_still_a_name() -> None:
    assert said("陈阿伯说：“我每天都在这里下棋。”") == [("陈阿伯", None)]
