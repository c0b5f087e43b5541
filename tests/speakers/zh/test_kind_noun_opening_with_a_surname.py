"""A dictionary word of two characters ending as a noun of a kind of person does (客, 主, 工, 警), though a surname
opens it (顾客, 房客, 车主: jieba's dictionary tags 顾客 a name), is a kind of person, no one's name. Every sentence
is made up; each expected speaker and role is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import said, said_in


def test_customer_asks() -> None:
    assert said("“这把青菜多少钱？”顾客问。") == [(None, "顾客")]


def test_a_customer_counted() -> None:
    assert said("“这把青菜多少钱？”一位顾客问。") == [(None, "一位顾客")]


def test_lodger_before_the_quote() -> None:
    assert said("房客说：“房租又涨了两百。”") == [(None, "房客")]


def test_customer_and_stall_keeper() -> None:
    assert said_in("“这把青菜多少钱？”顾客问。", "“两块钱一把。”摊主回答。") == [(None, "顾客"), (None, "摊主")]


def test_a_named_customer_keeps_the_name() -> None:
    assert said("老顾客张建国说：“这家店开了二十年。”") == [("张建国", "老顾客")]
    assert said("李工说：“图纸明天就能改好。”") == [("李工", None)]
