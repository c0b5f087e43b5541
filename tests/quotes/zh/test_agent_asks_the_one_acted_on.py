"""A cue of telling or asking whose clause leaves its subject out after a passive clause (被一名大叔推醒，问他：“…”):
the one acted on is the one asked, so the agent of the passive asks; with a cue of saying alone the one acted on
goes on speaking (王明…，被记者团团围住，笑着说：“…”)."""

from __future__ import annotations

from tests.quote_helpers import said


def test_agent_of_the_passive_asks() -> None:
    assert said("有个学生睡着了，被一名大叔推醒，问他：“你到站了吗？”") == [(None, "一名大叔")]
    assert said("有個女生蹲在門邊，遭到一名老伯起身大罵，直問女生：「你不會站好嗎？」") == [(None, "一名老伯")]


def test_one_acted_on_goes_on_saying() -> None:
    assert said("王明走出法院，被记者团团围住，笑着说：“没什么可说的。”") == [("王明", None)]
