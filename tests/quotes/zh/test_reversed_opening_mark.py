"""A Chinese quote typed with the closing mark at both ends after a colon (李主任说：”…”) is a quote: no closing mark
stands right after a colon and before a word."""

from __future__ import annotations

from cqnews.enrich.quotes.spans import find_spans
from tests.quote_helpers import speakers_in, texts_in


def test_reversed_opening_mark_after_a_colon() -> None:
    text = "李主任说：”今年的任务已经全部完成了。”"
    assert texts_in(text) == ["今年的任务已经全部完成了。"]
    assert speakers_in(text) == ["李主任"]


def test_closing_mark_in_a_block_quoting_with_both_marks_is_no_opener() -> None:
    text = "王经理说：“订单很多。”他补充：”明年还要扩产"
    assert [text[sp.start : sp.end] for sp in find_spans(text)] == ["订单很多。"]
