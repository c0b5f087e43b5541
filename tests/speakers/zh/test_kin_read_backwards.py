"""A kin phrase with an owner standing for someone named before (他的父亲, 孩子的母亲, 她的丈夫) names the person of
the last "A的K B" written before it: A when the relation is read backwards (张华的儿子张小龙… 他的父亲: 他 is the son,
his father 张华), B when it is the same relation (李梅的丈夫王军… 她的丈夫: 她 is 李梅). A 她 is never a 儿子.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_father_of_the_son_named_with_him() -> None:
    text = "孙伟的儿子孙浩参了军。他的父亲说：“我为儿子感到骄傲。”"
    assert speakers(text) == ["孙伟"]


def test_mother_of_the_child_named_with_her() -> None:
    text = "刘芳的女儿陈晨在医院治疗。孩子的母亲说：“医生很负责。”"
    assert speakers(text) == ["刘芳"]


def test_husband_of_the_wife_named_with_him() -> None:
    text = "王强的妻子刘燕开了一家花店。她的丈夫说：“生意还不错。”"
    assert speakers(text) == ["王强"]


def test_the_same_relation_names_the_relative() -> None:
    text = "何平的丈夫吴刚是一名医生。她的丈夫说：“最近病人很多。”"
    assert speakers(text) == ["吴刚"]


def test_she_is_no_son() -> None:
    text = "张华的儿子张小龙今年考上了大学。她的父亲说：“我们全家都很高兴。”"
    assert speakers(text) == [None]
