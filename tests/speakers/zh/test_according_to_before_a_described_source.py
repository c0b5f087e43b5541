"""据 before an unnamed source described by a relative clause (据一位参与项目的工程师透露): 据 is the source's
preposition, no word of the clause (unlike 刚从北京回来的陈静, whose 从 opens it), so it is no part of the role.
Every sentence is made up; each expected role is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_counted_source_with_a_clause() -> None:
    assert said("据一位参与项目的工程师透露，大桥主体结构已基本完工。") == [(None, "一位参与项目的工程师")]


def test_a_source_with_a_clause_and_no_count() -> None:
    assert said("据参与调查的专家介绍，事故原因已初步查明。") == [(None, "参与调查的专家")]


def test_another_source_after_another_according_to() -> None:
    assert said("另据一名参与救援的消防员介绍，被困人员已全部获救。") == [(None, "一名参与救援的消防员")]


def test_a_preposition_opening_the_clause_stays() -> None:
    assert said("刚从北京回来的陈静说，那边的天气已经很冷了。")[0][0] == "陈静"
