"""A kin word of 阿 (阿姨, 阿婆) that jieba tags a name names no one: after a job or a place of work it is the person
described (保洁阿姨: the cleaning auntie), a role with no name; with a surname before it it is still a name (陈阿姨).

Every sentence is made up; each expected speaker and role is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_job_and_a_kin_word_of_a_are_one_role() -> None:
    assert said("保洁阿姨说：“每天都要打扫三遍。”") == [(None, "保洁阿姨")]
    assert said("宿管阿姨告诉记者：“学生们都很懂事。”") == [(None, "宿管阿姨")]
    assert said("清洁工阿姨说：“垃圾分类做得越来越好。”") == [(None, "清洁工阿姨")]
    assert said("食堂阿姨表示，饭菜价格下个月不变。") == [(None, "食堂阿姨")]


def test_a_kin_word_of_a_alone_or_after_a_clause_is_a_role() -> None:
    assert said("阿姨说：“每天都要打扫三遍。”") == [(None, "阿姨")]
    assert said("卖菜的阿婆说：“今天的菜很新鲜。”") == [(None, "卖菜的阿婆")]


def test_a_surname_before_the_kin_word_still_names_her() -> None:
    assert said("陈阿姨说：“每天都要打扫三遍。”") == [("陈阿姨", None)]
