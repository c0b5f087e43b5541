"""A kin noun jieba reads as a verb (邻居/v) still makes its owner no subject and the person after it one."""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_a_quote_after_the_neighbours_words_is_the_neighbours() -> None:
    text = "张强的邻居刘芳说，张强平时很热心。“谁家有事他都帮忙。”"
    assert speakers(text) == ["刘芳", "刘芳"]


def test_she_after_the_neighbour_is_the_neighbour() -> None:
    text = "张强的邻居刘芳在门口等了一上午。她说，张强平时很热心。"
    assert speakers(text) == ["刘芳"]
