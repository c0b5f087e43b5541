"""A Chinese quote that a comma joins to a clause, with no cue, and that ends its sentence: the words are those of
the subject of the nearest clause before it that has one (a clause opening with a verb leaves its subject out and
goes on with the one before). Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_the_pronoun_opening_the_clause_before_the_quote_speaks() -> None:
    # 他很是不解，“…”。: no cue, 他 (周云, the sentence before) is who is puzzled and says it.
    text = "刚到公司没多久的周云，一听这消息，气得跳脚。他很是不解，“工资不涨就算了，哪有降工资的道理”。"
    assert speakers(text) == ["周云"]
    # “…但张强要我坐前面…”: the words speak of 张强, so they are not his, though he opens the clause before.
    assert speakers("有次下课后，张强坚持要开车送李华回家，“我要坐后排，但张强要我坐前面，我只好上了车。”") != ["张强"]


def test_clauses_without_a_subject_go_on_with_the_one_before() -> None:
    # 她累坏了，靠在墙边，闭上眼睛，“…”: 靠 and 闭上眼睛 (an idiom) leave the subject out, 她 (张华) goes on.
    text = "张华陪着老人坐了一夜。天亮后，她累坏了，靠在墙边，闭上眼睛，“再这样下去，我也要撑不住了。”"
    assert speakers(text) == ["张华"]


def test_a_withheld_name_opening_the_clause_is_whole() -> None:
    # 汤某某, 彼得罗夫某某: the surname (or a transliterated name) with 某某 is the whole name of a person.
    assert speakers("汤某某很不高兴，“你们这是在骗人，我要去报警。”") == ["汤某某"]
    assert speakers("彼得罗夫某某很不高兴，“你们这是在骗人，我要去报警。”") == ["彼得罗夫某某"]


def test_a_quote_that_does_not_end_its_sentence_is_said_by_the_nearest_subject_too() -> None:
    # “…”，语气很重: the sentence goes on after the quote; the words are still those of 张强, who opens the clause.
    assert speakers("张强走进办公室，“这份报告明天必须交”，语气很重。") == ["张强"]


def test_a_quote_in_a_sentence_opened_by_a_verb_of_remembering_is_the_rememberer_s() -> None:
    # 张海涛记得，…而刘晓东…，“…”: the clauses after 记得 are 张海涛's memory, the quote his account of it (the 他
    # inside it is 刘晓东), not the words of 刘晓东, who opens the nearest clause.
    text = "张海涛记得，那年冬天特别冷，而刘晓东每天很晚才回来，“我们都睡着了，他还在外面”。"
    assert speakers(text) == ["张海涛"]
    assert speakers("孙红梅还记得，刘晓东每天很晚才回来，“我们都睡着了，他还在外面”。") == ["孙红梅"]
    # A sentence opened otherwise keeps the nearest subject (刘晓东 opens the clause the quote is joined to).
    assert speakers("那年冬天特别冷，刘晓东每天很晚才回来，“我们都睡着了，你们还在外面”。") == ["刘晓东"]
