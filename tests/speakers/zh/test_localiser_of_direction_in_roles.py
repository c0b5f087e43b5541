"""A localiser of direction before a noun of a person (外来务工人员, 内部人士, 上游居民: jieba tags 外来, 内部, 上游 f) says
where the person comes from or stands: part of the role, not a phrase of place cut off its edge. Every sentence is
made up; each expected role is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_from_outside_after_a_quote() -> None:
    assert said("“工资每个月都按时发。”外来务工人员说。") == [(None, "外来务工人员")]


def test_insider_after_according_to() -> None:
    assert said("据内部人士透露，工厂下个月将停工。") == [(None, "内部人士")]


def test_upstream_residents() -> None:
    assert said("“河水比去年清多了。”上游居民说。") == [(None, "上游居民")]


def test_eastern_residents() -> None:
    assert said("“停电已经三天了。”东部居民说。") == [(None, "东部居民")]


def test_northern_netizens() -> None:
    assert said("“今年的雪特别大。”北方网友说。") == [(None, "北方网友")]


def test_front_line_reporter() -> None:
    assert said("“现场的水还在涨。”前方记者说。") == [(None, "前方记者")]


def test_outer_staff() -> None:
    assert said("“里面已经没有人了。”外围人员说。") == [(None, "外围人员")]


def test_localiser_of_time_is_still_cut() -> None:
    assert said("“情况已经好转。”之后记者说。") == [(None, "记者")]
