"""Chinese kin nouns (女儿, 邻居): the relative named again, the owner no subject.

A relative named again by the kin noun alone (女儿说) is the person that noun stood before (女儿汤兰兰).

A kin noun jieba reads as a verb (邻居/v) still makes its owner no subject and the person after it one.
"""

from __future__ import annotations

from tests.quote_helpers import said, speakers


def test_the_daughter_named_before_speaks() -> None:
    found = said("万秀玲说，女儿汤兰兰那年十四岁。女儿说，她不想回家。")
    assert found[-1] == ("汤兰兰", "女儿")


def test_a_daughter_never_named_stays_unnamed() -> None:
    assert said("女儿说，她不想回家。") == [(None, "女儿")]


def test_a_quote_after_the_neighbours_words_is_the_neighbours() -> None:
    text = "张强的邻居刘芳说，张强平时很热心。“谁家有事他都帮忙。”"
    assert speakers(text) == ["刘芳", "刘芳"]


def test_she_after_the_neighbour_is_the_neighbour() -> None:
    text = "张强的邻居刘芳在门口等了一上午。她说，张强平时很热心。"
    assert speakers(text) == ["刘芳"]


def test_a_noun_of_a_kind_of_person_alone_is_the_person_it_stood_before() -> None:
    # 司机刘某…。司机称: the noun written right before the name names the same person again, as 律师 and 妻子 do.
    assert said("司机刘某驾车经过此地。司机称，他当时没有看到行人。") == [("刘某", "司机")]
    assert said("店主王明经营这家店十年了。店主说，生意一年不如一年。") == [("王明", "店主")]
