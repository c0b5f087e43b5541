"""A reflexive between a subject and its verb of saying (自己, 自我, 本人: 王明自己说, 老人自我介绍说) is the subject
itself, no part of its name or role. Every sentence is made up; each expected (name, role) is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_name_and_self_before_the_cue() -> None:
    assert said("“这些年我一直住在这条街上。”刘国庆自己说。") == [("刘国庆", None)]


def test_a_kind_of_person_introducing_themself() -> None:
    assert said("“我在这里开了二十年的店。”店主自我介绍说。") == [(None, "店主")]


def test_a_name_introducing_themself_before_the_quote() -> None:
    assert said("何晓东自我介绍道：“我是村里第一个大学生。”") == [("何晓东", None)]


def test_a_name_and_in_person() -> None:
    assert said("“这件事由我负责到底。”吴建军本人表示。") == [("吴建军", None)]


def test_self_inside_the_quote_stays_in_it() -> None:
    assert said("“你要相信自己。”教练陈刚说。") == [("陈刚", "教练")]
