"""A trade noun before a surname and an honorific (绣娘龙女士, 银匠龙先生): jieba may glue the surname to the trade
(绣/娘龙/女士), and 女士 or 先生 then read as a job with no name made the whole phrase a description. The honorific
names the person of the surname before it; the trade is the role. Every sentence is made up; each expected name is
read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_embroiderer_by_surname() -> None:
    assert said("绣娘龙女士介绍，一幅作品要绣三个月。") == [("龙女士", "绣娘")]


def test_silversmith_by_surname() -> None:
    assert said("银匠龙先生说，这对银镯要打三天。") == [("龙先生", "银匠")]


def test_trade_word_of_the_dictionary_still_read() -> None:
    assert said("茶农何先生告诉记者，今年春茶价格不错。") == [("何先生", "茶农")]


def test_honorific_after_a_pointer_names_no_one() -> None:
    assert said("该女士表示，她没有收到退款。") == [(None, "该女士")]
