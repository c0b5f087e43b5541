"""What a reader calls a person by before the noun of their kind, an age (73岁的), a cohort (00后) or a school grade
(初二, 高三), is part of the role, no number or time word to drop, and a grade jieba reads as a name (高三/nr) is none.
Every sentence is made up; each expected (name, role) is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_an_age_before_a_kind_of_person_and_a_name() -> None:
    assert said("“入党四十多年，初心一直没变。”76岁的老党员罗德胜说。") == [("罗德胜", "76岁的老党员")]


def test_an_age_before_a_kind_of_person_alone() -> None:
    assert said("“我每天早上都来这里打太极。”65岁的环卫工人说。") == [(None, "65岁的环卫工人")]


def test_a_cohort_before_a_kind_of_person() -> None:
    assert said("“这里的夜景比照片上还美。”95后游客林可欣说。") == [("林可欣", "95后游客")]


def test_a_school_grade_before_a_kind_of_person() -> None:
    assert said("“最后一道题我没做完。”初三学生徐子涵说。") == [("徐子涵", "初三学生")]


def test_a_grade_read_as_a_name_is_none() -> None:
    assert said("“题目不难，就是时间有点紧。”高三学生说。") == [(None, "高三学生")]


def test_a_time_word_before_the_age_is_dropped() -> None:
    assert said("“退休以后我就开始学画画。”今年70岁的退休教师胡秀英说。") == [("胡秀英", "70岁的退休教师")]
