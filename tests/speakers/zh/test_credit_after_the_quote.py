"""A quote opening its paragraph credited after it without a verb: a dash and a label ending the paragraph
(“…”——参赛选手 张一鸣), or a sentence calling it a saying of someone's (“…”这是王明常挂在嘴边的一句话). Every sentence
is made up; each expected (name, role) is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_dash_a_role_a_space_and_a_name() -> None:
    assert said("“这次比赛让我学会了坚持。”——参赛选手 黄子轩") == [("黄子轩", "参赛选手")]


def test_a_dash_a_role_and_a_name_glued() -> None:
    assert said("“只要大家一起努力，就没有办不成的事。”—— 志愿者马丽") == [("马丽", "志愿者")]


def test_a_dash_and_a_name_alone() -> None:
    assert said("“我们一定会回来的。”——邓晓明") == [("邓晓明", None)]


def test_a_dash_and_a_source_that_is_no_person() -> None:
    assert said("“学习是一辈子的事情，一刻也不能放松。”——摘自《青年报》") == [(None, None)]


def test_a_saying_always_on_someones_lips() -> None:
    assert said("“家乡的变化就是最好的答案。”这是返乡青年覃小龙常挂在嘴边的一句话。") == [("覃小龙", "返乡青年")]


def test_a_saying_of_an_old_secretary() -> None:
    assert said("“干一行，爱一行。”这是老支书杨德明常挂在嘴边的话。") == [("杨德明", "老支书")]
