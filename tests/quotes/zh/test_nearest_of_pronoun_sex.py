"""A 他 or 她 whose subject rules find nobody of its sex stands for the person named nearest before it, in its
paragraph and then the paragraphs before, whom the text gives no other sex; never past a relative of its sex left
unnamed. Every sentence is made up; each expected speaker is read off the sentences."""

from __future__ import annotations

from tests.quote_helpers import said_in


def test_she_passes_over_the_son_named_last() -> None:
    said = said_in("刘桂兰今年七十岁。", "儿子王强每周回来一次。", "“他工作忙，我不想拖累他。”她说。")
    assert said[0][0] == "刘桂兰"


def test_he_passes_over_the_wife_named_after_him() -> None:
    said = said_in("陈建国的妻子林梅是一名小学老师。", "“她一直很辛苦。”他说。")
    assert said[0][0] == "陈建国"


def test_she_passes_over_the_father_named_after_her() -> None:
    said = said_in("孙梅的父亲孙建国是一名老党员。", "“爸爸是我的榜样。”她说。")
    assert said[0][0] == "孙梅"


def test_she_reaches_two_paragraphs_back_past_the_husband() -> None:
    said = said_in("记者见到刘晓燕时，她正在田里干活。", "丈夫何军在一旁帮忙。", "“今年收成不错。”她说。")
    assert said[0][0] == "刘晓燕"


def test_an_unnamed_wife_is_not_passed_over() -> None:
    said = said_in("李红是今晚的主持人。", "王明携妻子出席了晚会。", "“今晚很开心。”她说。")
    assert said[0][0] is None


def test_a_given_name_cut_from_its_surname_is_one_person() -> None:
    said = said_in("黄美玲今年三十岁，是一名外卖骑手。", "“送外卖很自由。”她说。")
    assert said[0][0] == "黄美玲"


def test_a_person_named_in_an_aside_is_passed_over() -> None:
    said = said_in("王明携妻子出席了晚会（女儿刘小丽未到场）。", "“今晚很开心。”她说。")
    assert said[0][0] is None  # (the wife, unnamed; the daughter is named by the way)


def test_she_after_his_unnamed_wife_is_not_him() -> None:
    said = said_in("记者来到黄村，村民吴建平正在晒谷子。", "他的妻子也在帮忙。", "“天气好，谷子干得快。”她说。")
    assert said[0][0] is None  # (the wife, unnamed)


def test_her_own_unnamed_daughter_leaves_her_the_speaker() -> None:
    said = said_in("刘晨在菜市场卖菜。", "她的女儿也来帮忙。", "“生意还可以。”她说。")
    assert said[0][0] == "刘晨"
