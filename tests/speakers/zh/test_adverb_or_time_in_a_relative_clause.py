"""A time word or an adverb of one character opening a relative clause before a noun of people (刚入学的新生,
今年毕业的学生, 才出院的病人) is inside the clause, even when jieba tags the clause's verb a noun (入学/n, 毕业/n,
出院/n): part of the role, not cut off its edge. Every sentence is made up; each expected role is read off it."""

from __future__ import annotations

from tests.quote_helpers import said


def test_just_enrolled_before_a_colon() -> None:
    assert said("刚入学的新生说：“校园比我想的还大。”") == [(None, "刚入学的新生")]


def test_just_enrolled_after_the_quote() -> None:
    assert said("“校园比我想的还大。”刚入学的新生说。") == [(None, "刚入学的新生")]


def test_graduated_this_year() -> None:
    assert said("今年毕业的学生说：“工作比去年难找。”") == [(None, "今年毕业的学生")]


def test_just_graduated_nurse() -> None:
    assert said("刚毕业的护士说：“第一次值夜班有点紧张。”") == [(None, "刚毕业的护士")]


def test_discharged_yesterday() -> None:
    assert said("昨天出院的病人说：“我感觉好多了。”") == [(None, "昨天出院的病人")]


def test_only_now_discharged() -> None:
    assert said("才出院的病人说：“我感觉好多了。”") == [(None, "才出院的病人")]


def test_conjunction_before_the_clause_still_cut() -> None:
    assert said("然后住在附近的居民说：“晚上太吵了。”") == [(None, "住在附近的居民")]
