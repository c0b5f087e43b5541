"""A part of a minority's names of two characters right after a noun of a kind of person (牧民扎西, 村民卓玛) is that
person's name, the noun the role, as an honorific after the part makes it one (扎西先生): jieba tags some of these
parts a place (扎西/ns), and the noun and the name then went out whole as a name. Every sentence is made up; each
expected speaker and role is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_herder_named_after_the_noun() -> None:
    assert said("牧民扎西说：“草场比以前好多了。”") == [("扎西", "牧民")]


def test_the_noun_and_the_name_after_the_quote() -> None:
    assert said("“今年的牦牛都长膘了。”牧民扎西笑着说。") == [("扎西", "牧民")]


def test_a_part_alone_stays_a_name_of_its_own() -> None:
    assert said("扎西说：“我们都很高兴。”") == [("扎西", None)]
