"""A space between a closing quote mark and the speaker named after it (“…” 王明说) is no part of the name."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def test_name_after_quote_and_space() -> None:
    quotes = find_quotes([Block(text="“我们会继续努力。” 王明说。")], "zh")
    assert [(q.speaker.name if q.speaker else None, q.mention) for q in quotes] == [("王明", "王明")]


def test_name_after_quote_and_space_goes_on() -> None:
    quotes = find_quotes([Block(text="“工资不涨就算了。” 周云说，“何来降工资的道理。”")], "zh")
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["周云", "周云"]


def test_same_person_in_the_next_paragraph() -> None:
    blocks = [Block(text="“我们会继续努力。” 王明说。"), Block(text="“以后还会更好。” 王明说。")]
    assert [q.speaker.name if q.speaker else None for q in find_quotes(blocks, "zh")] == ["王明", "王明"]
