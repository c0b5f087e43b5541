"""``cqnews.text.run_start`` and ``run_end``: the start and end of the clause a position stands in, walked to a mark,
a floor or a ceiling. The texts are made up."""

from __future__ import annotations

from cqnews.text import run_end, run_start

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


def test_run_end_stops_at_the_first_mark_after_the_position() -> None:
    text = "王明对记者说，会议明天召开。"
    assert run_end(text, MARKS, 0, len(text)) == text.index("，")
    assert run_end(text, MARKS, text.index("，"), len(text)) == text.index("，")


def test_run_end_stops_at_the_ceiling_and_at_the_text_end() -> None:
    text = "王明在会上对记者说"
    assert run_end(text, MARKS, 0, 4) == 4
    assert run_end(text, MARKS, 2, 99) == len(text)
    assert run_end(text, MARKS, 6, 3) == 6
