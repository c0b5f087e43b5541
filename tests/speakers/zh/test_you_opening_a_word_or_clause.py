"""有 before a description is "there is" (有村民说, 有一位姓王的村民说, 有不愿具名的官员称) and goes; 有 at the start of a
word (有关部门, 有意) or as the verb of a relative clause with its object (有多年经验的老师: "a teacher with years of
experience") is part of the description, and the role is never cut inside a word (关部门, 意参赛的选手).

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_you_starting_a_word_stays() -> None:
    assert said("有关部门表示，将加强对市场的监管。") == [(None, "有关部门")]
    assert said("有意参赛的选手表示，已经做好了准备。") == [(None, "有意参赛的选手")]


def test_you_as_the_verb_of_a_relative_clause_stays() -> None:
    assert said("有多年经验的老师说：“孩子需要鼓励。”") == [(None, "有多年经验的老师")]


def test_you_of_there_is_goes() -> None:
    assert said("有村民说：“这条路早该修了。”") == [(None, "村民")]
    assert said("有一位姓王的村民说：“这条路早该修了。”") == [(None, "一位姓王的村民")]
    assert said("有不愿具名的官员称，计划仍在研究中。") == [(None, "不愿具名的官员")]
