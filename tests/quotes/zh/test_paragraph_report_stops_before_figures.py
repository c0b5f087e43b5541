"""A report opening its paragraph goes on to the paragraph's end only over the speaker's view: a later sentence with
a figure written in digits (an amount, a date, a count) is the writer's account or data, so the report is its own
sentence. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported_by


def test_a_sentence_of_figures_after_the_report_is_the_writers() -> None:
    text = "周海生表示，老旧小区改造不能只刷墙面，更要解决居民出行的难题。全区今年已改造小区37个，投入资金2.6亿元。"
    assert reported_by(text) == [("周海生", "老旧小区改造不能只刷墙面，更要解决居民出行的难题。")]


def test_a_date_after_the_report_is_the_writers() -> None:
    text = "刘秀兰说，儿子的病一直没有好转，家里已经借遍了亲戚。从2023年5月住院至今，医药费已花去十多万元。"
    assert reported_by(text) == [("刘秀兰", "儿子的病一直没有好转，家里已经借遍了亲戚。")]


def test_a_view_without_figures_goes_on_to_the_paragraphs_end() -> None:
    text = "周海生表示，老旧小区改造不能只刷墙面。居民最关心的是出行和养老，这才是改造的重点。"
    assert reported_by(text) == [("周海生", "老旧小区改造不能只刷墙面。居民最关心的是出行和养老，这才是改造的重点。")]


def test_circled_numbers_of_the_speakers_points_are_no_figures() -> None:
    text = "王明表示，公司今年要做好三件事。①稳住老客户，不能再流失。②开拓新市场。"
    assert reported_by(text) == [("王明", "公司今年要做好三件事。①稳住老客户，不能再流失。②开拓新市场。")]


def test_full_width_digits_are_figures() -> None:
    text = "王明表示，公司今年要稳住老客户。全年销售额达到３．５亿元。"
    assert reported_by(text) == [("王明", "公司今年要稳住老客户。")]
