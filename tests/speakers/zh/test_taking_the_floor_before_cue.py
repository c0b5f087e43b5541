"""A verb of taking the floor before the cue (插话说, 帮腔说) jieba tags a noun: the cue is 说 (not the 话说 of a
storyteller), the speaker the name before the verb, which is no part of it. Made-up sentences in the shape of
county meeting reports; expected data are read off each sentence."""

from __future__ import annotations

import cqnews


def _quotes(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None, q.cue)
        for q in cqnews.parse_text(text).quotes
    ]


def test_a_name_before_cutting_in_speaks() -> None:
    assert _quotes("李明插话说：“我不同意这个方案。”") == [("李明", None, "说")]
    assert _quotes("“这个价格太低了。”种植户王华插话说。") == [("王华", "种植户", "说")]


def test_a_name_before_chiming_in_speaks() -> None:
    assert _quotes("李明帮腔说：“他说得对。”") == [("李明", None, "说")]


def test_the_storyteller_opening_reports_nothing() -> None:
    assert _quotes("话说这一年，村里来了个新书记。") == []
