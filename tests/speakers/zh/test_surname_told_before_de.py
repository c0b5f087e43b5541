"""Someone told by surname only in a relative clause (一名姓梁的的士司機, 一位姓王的老师): a description, no name,
whatever jieba tags the head (司机/nr). Before: the name 司機, the role 一名姓梁的的士. Every sentence is made up
(Hong Kong and county news)."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_taxi_driver_by_surname_in_traditional_characters() -> None:
    assert said("一名姓梁的的士司機稱，當晚乘客比平日多了一倍。") == [(None, "一名姓梁的的士司機")]


def test_a_driver_by_surname_in_simplified_characters() -> None:
    assert said("一名姓梁的的士司机称，当晚乘客比平日多了一倍。") == [(None, "一名姓梁的的士司机")]


def test_a_teacher_by_surname() -> None:
    assert said("一位姓王的老师说，学生的课业压力很大。") == [(None, "一位姓王的老师")]
