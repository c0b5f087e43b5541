"""``cqnews.text.run_start``: the start of the clause a position stands in, walked back to a mark or a floor.
The texts are made up."""

from __future__ import annotations

from cqnews.text import run_start

MARKS = "，。：“"


def test_the_run_starts_after_the_last_mark_before_the_position() -> None:
    text = "会议结束后，王明对记者说"
    assert run_start(text, MARKS, 0, len(text)) == text.index("王")


def test_the_run_stops_at_the_floor_and_at_a_position_at_or_before_it() -> None:
    text = "王明在会上对记者说"
    assert run_start(text, MARKS, 3, len(text)) == 3
    assert run_start(text, MARKS, 0, len(text)) == 0
    assert run_start(text, MARKS, 5, 2) == 2


def test_a_mark_right_before_the_position_makes_an_empty_run() -> None:
    text = "他说：“我们明天出发。”"
    assert run_start(text, MARKS, 0, text.index("我")) == text.index("我")
