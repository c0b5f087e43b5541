"""A verb right after 被 before the cue names no agent (一名村民被问及此事时说: the villager is asked, and speaks):
the subject before 被 speaks, the clause of when after it is no part of them (made-up sentences, the speaker read
from them)."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_counted_villager_asked() -> None:
    assert said("一名村民被问及此事时说，自己并不知情。") == [(None, "一名村民")]


def test_an_agent_after_bei_still_speaks() -> None:
    assert said("他最近被数名校友指称，曾在课堂上发表不当言论。") == [(None, "数名校友")]


def test_traditional() -> None:
    assert said("一名店員被問及價格時說，這是今年的新價格。") == [(None, "一名店員")]
