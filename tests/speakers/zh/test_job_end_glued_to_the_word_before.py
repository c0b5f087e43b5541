"""A job noun ending in a kind of person (电工, 技工, 果农) whose first character jieba glues to the word before it
(据电/n, 老技/n) and whose last it reads with the surname after it (工程/n, 农林/n) is still the job, and the name after
it the name (据电工程强介绍 -> 电工, 程强). Every sentence is made up; each expected speaker is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_electrician_after_according_to() -> None:
    assert said("据电工程强介绍，小区的线路已经老化了。") == [("程强", "电工")]


def test_mechanic_after_according_to() -> None:
    assert said("据技工程强介绍，这台机器已经用了十年。") == [("程强", "技工")]


def test_old_mechanic_after_the_quote() -> None:
    assert said("“这台机器没问题。”老技工程强说。") == [("程强", "老技工")]


def test_old_electrician_before_a_colon() -> None:
    assert said("老电工程强说：“线路今天就能修好。”") == [("程强", "老电工")]


def test_orchard_farmer_after_according_to() -> None:
    assert said("据果农林峰介绍，今年的苹果比去年甜。") == [("林峰", "果农")]


def test_welder_after_according_to() -> None:
    assert said("据焊工程峰介绍，这块钢板有十厘米厚。") == [("程峰", "焊工")]

