"""An opening mark “ at the end of a block, typed for the closing one (…完成了。“), closes the quote: no quote opens
where the block ends, and the mark is no part of the words."""

from __future__ import annotations

from cqnews.enrich.quotes.spans import find_spans
from tests.quote_helpers import speakers_in, texts_in


def test_opening_mark_ending_the_block_closes_the_quote() -> None:
    text = "李主任说：“今年的任务已经全部完成了。“"
    assert [(sp.start, sp.end, sp.close) for sp in find_spans(text)] == [(6, 19, 19)]
    assert texts_in(text) == ["今年的任务已经全部完成了。"]
    assert speakers_in(text) == ["李主任"]


def test_opening_mark_with_spaces_after_it_at_the_end() -> None:
    assert texts_in("王厂长表示：“订单已经排到了明年三月。“  ") == ["订单已经排到了明年三月。"]
