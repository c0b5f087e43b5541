"""A relative clause of an adverb and a verb (刚来的老师) that jieba reads as one time word stays in the role; a
true time word before 的 (今年的学生, 刚才的老师) does not.

Every sentence is made up; each expected role is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_the_teacher_who_just_came() -> None:
    assert said("刚来的老师说，这里的条件比想象中好。") == [(None, "刚来的老师")]


def test_the_head_nurse_who_just_came() -> None:
    assert said("刚来的护士长告诉记者，病房已经住满了。") == [(None, "刚来的护士长")]


def test_the_clause_before_a_direct_quote() -> None:
    assert said("刚来的医生说：“我们会尽快安排手术。”") == [(None, "刚来的医生")]


def test_a_year_before_the_role_is_no_part_of_it() -> None:
    assert said("今年的学生说，课程比去年难了不少。") == [(None, "学生")]


def test_just_now_before_the_role_is_no_part_of_it() -> None:
    assert said("刚才的老师说，考场九点开门。") == [(None, "老师")]


def test_last_year_before_the_role_is_no_part_of_it() -> None:
    assert said("去年的志愿者表示，活动比往年热闹。") == [(None, "志愿者")]
