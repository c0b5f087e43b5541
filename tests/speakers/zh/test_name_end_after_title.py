"""The last character of a name of three right after a title, which jieba reads as a localiser when it cuts the first
two into a word of no name (部长|陈时/ng 中/f), is part of the name, not a word the phrase ends with. Every sentence is
made up; each expected speaker is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_the_minister_named_after_his_title_speaks() -> None:
    assert said("卫福部长陈时中今天说，疫情仍然严峻。") == [("陈时中", "卫福部长")]


def test_a_title_after_a_ministry_leaves_the_name_whole() -> None:
    assert said("卫生部部长陈时中表示，疫情仍然严峻。") == [("陈时中", "卫生部部长")]


def test_traditional_characters_read_the_same() -> None:
    assert said("衛福部長陳時中今天說，疫情仍然嚴峻。") == [("陳時中", "衛福部長")]
