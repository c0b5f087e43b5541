"""Words closed by the particle 的 before a title (新来的老师, 退休的教授, 学校的校长) are a clause or an owner that
describes the person, never a name with its title (the segmenter may tag 老师 a name after 的): the whole phrase is
the role. Every sentence is made up; each expected role is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_newly_arrived_teacher() -> None:
    assert said("新来的老师说：“这里的孩子很懂事。”") == [(None, "新来的老师")]


def test_retired_professor() -> None:
    assert said("退休的教授说：“实验室变化很大。”") == [(None, "退休的教授")]


def test_young_lawyer_after_the_quote() -> None:
    assert said("“这个案子不好打。”年轻的律师说。") == [(None, "年轻的律师")]


def test_injured_doctor() -> None:
    assert said("受伤的医生说：“我明天还要上班。”") == [(None, "受伤的医生")]


def test_owner_before_a_title() -> None:
    assert said("学校的校长说：“新楼年底完工。”") == [(None, "学校的校长")]


def test_time_word_opening_the_clause() -> None:
    assert said("去年退休的老师说：“我常回来看看。”") == [(None, "去年退休的老师")]


def test_surname_and_title_still_a_name() -> None:
    assert said("张教授说：“实验很顺利。”") == [("张教授", None)]
