"""A noun of a kind of person whose first character jieba reads with the word before (问村/n, a word of its
dictionary) and whose last with the name after (医刘红/nr, made up by its model) is that noun and the name:
记者问村医刘红 -> role 村医, name 刘红 (before, name 医刘红).

Every sentence is made up; each expected speaker and role is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import said, said_in


def test_doctor_named_after_the_verb_of_asking() -> None:
    assert said("村医刘红说：“药还够用一个月。”") == [("刘红", "村医")]
    got = said_in("记者问村医刘红：“药够不够？”", "“还够用一个月。”")
    assert got == [(None, "记者"), ("刘红", "村医")]


def test_doctor_asked_after_the_question() -> None:
    assert said("“药还够用一个月。”村医刘红说。") == [("刘红", "村医")]
    assert said_in("“药够不够？”记者问村医刘红。", "“还够用一个月。”")[-1][0] == "刘红"


def test_kind_noun_in_one_word_is_unchanged() -> None:
    assert said_in("记者问民警张伟：“路什么时候通？”", "“明天上午。”") == [(None, "记者"), ("张伟", "民警")]
    assert said("跑友林峰说：“今天跑了十公里。”") == [("林峰", "跑友")]
