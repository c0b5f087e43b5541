"""A Chinese noun of a kind of person (村民, 志愿者) or a party of a case at law (被告, 原告) opening a clause of time
of their own doing (村民|回家后, 被告|出庭作证时) is who speaks; the clause is no part of the speaker."""

from __future__ import annotations

from tests.quote_helpers import said


def test_villagers_after_going_home() -> None:
    # (村民/n 回家/n 后/f: jieba reads 回家 a noun, and 后 closes the clause)
    assert said("村民回家后说：“河水已经退下去了。”") == [(None, "村民")]


def test_villagers_with_yihou() -> None:
    assert said("村民回家以后说：“河水已经退下去了。”") == [(None, "村民")]


def test_defendant_testifying() -> None:
    # (被告 ends in no end of a noun of a kind of person: no 人, 员, 者)
    assert said("被告出庭作证时称：“那笔钱我一分也没拿。”") == [(None, "被告")]


def test_plaintiff_in_court() -> None:
    assert said("原告出庭时表示：“我们要求对方赔偿损失。”") == [(None, "原告")]


def test_defendant_after_the_quote() -> None:
    assert said("“那笔钱我一分也没拿。”被告出庭作证时称。") == [(None, "被告")]


def test_defendant_after_appearing() -> None:
    assert said("被告出庭后说：“那笔钱我一分也没拿。”") == [(None, "被告")]


def test_a_clause_with_no_subject_stays_without_one() -> None:
    # (出院/n 后: a noun of an event opens the clause, no one who may speak)
    assert said("出院后，王明说：“我好多了。”") == [("王明", None)]
