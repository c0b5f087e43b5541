"""一个全名之后的“总”是“总是”（how often he says it），不是名字的一部分；王总 (the form of address of a boss) stays
whole (made-up sentences in the shape of county and business pages; the expected speaker is read from them)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.kind.value, q.speaker.name if q.speaker else None) for q in find_quotes([Block(text=text)], "zh")]


def test_always_after_a_full_name_is_no_part_of_it() -> None:
    assert _speakers("养了二十年蜂的吴建国总说自己“就是个种地的”。") == [("direct", "吴建国")]
    assert _speakers("提起远在外地的儿子，李秀兰总念叨“孩子在外面不容易”。") == [("direct", "李秀兰")]
    assert _speakers("社区书记周丽总说，居民的事没有小事。") == [("indirect", "周丽")]


def test_boss_address_stays_whole() -> None:
    assert _speakers("王总说，今年的订单比去年多了三成。") == [("indirect", "王总")]
