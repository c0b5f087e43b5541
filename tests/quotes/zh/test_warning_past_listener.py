"""告诫 (to warn) takes the one warned before the clause it reports, as 告诉 takes the one told (告诫居民，…): the
clause starts past the listener and its comma, the listener no part of it. 告诫 with the comma right after it
reports the clause after the comma. Every sentence is made up; each expected clause is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import reported_zh


def test_the_ones_warned_are_no_part_of_the_clause() -> None:
    assert reported_zh("老人们告诫年轻人，出门在外要多加小心。") == ["出门在外要多加小心。"]


def test_a_body_warns_residents() -> None:
    assert reported_zh("消防部门告诫居民，楼道内不得堆放杂物，以免发生火灾。") == ["楼道内不得堆放杂物，以免发生火灾。"]


def test_warning_with_no_one_warned() -> None:
    assert reported_zh("专家告诫，冬季不要盲目进补。") == ["冬季不要盲目进补。"]
