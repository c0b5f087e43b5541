"""有位/有名 (jieba's one word, "there is one") before a noun of a kind of person is no role and the noun no name:
the speaker is unnamed, the noun its role (有位顾客问 -> role 顾客, as 有专家 -> role 专家). 有名的 ("famous")
stays a word of the description."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_customer_there_was_is_no_name() -> None:
    assert said("有位顾客曾经问他：“这个多少钱？”") == [(None, "顾客")]


def test_an_old_man_there_was_is_no_name() -> None:
    assert said("有位老人感慨地说：“这几年变化真大。”") == [(None, "老人")]


def test_a_famous_expert_keeps_famous() -> None:
    assert said("有名的专家说：“这种病可以预防。”") == [(None, "有名的专家")]
