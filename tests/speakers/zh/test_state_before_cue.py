"""The state a named person speaks in, between the name and the cue without 地 (张华|高兴/b 说, 李强|乐呵呵/z 说): how
they speak, never part of the name. Every sentence is made up; each expected value is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_glad_tagged_distinguishing() -> None:
    assert said("张华高兴说：“今年又丰收了。”") == [("张华", None)]


def test_word_of_state_after_a_described_name() -> None:
    assert said("村民张华兴冲冲说：“新路修到家门口了。”") == [("张华", "村民")]


def test_word_of_state_cheerfully() -> None:
    assert said("“日子越过越好。”李强乐呵呵说。") == [("李强", None)]
