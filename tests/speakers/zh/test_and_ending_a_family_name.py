"""和 after a surname and 家 (黃家, 李家: "the Huang family", a word of jieba's dictionary), with a cue or the end of
the phrase after it, ends the given name (黃家和, 李家和): no conjunction joins a verb. Before: role 消委會總幹事黃家,
no one named. Every sentence is made up (Hong Kong consumer council, county news)."""

from __future__ import annotations

from tests.quote_helpers import said


def test_hong_kong_title_and_name_in_traditional_characters() -> None:
    said_ = said("消委會總幹事黃家和指出，今年首季的投訴數字比去年同期上升兩成。")
    assert said_ == [("黃家和", "消委會總幹事")]


def test_direct_quote_after_a_colon() -> None:
    assert said("镇党委书记李家和表示：“明年要把道路修到每个自然村。”") == [("李家和", "镇党委书记")]


def test_a_time_word_between_name_and_cue() -> None:
    assert said("消委會總幹事黃家和昨日表示，市民網購時要保留單據。") == [("黃家和", "消委會總幹事")]


def test_two_families_joined_by_and_stay_unnamed() -> None:
    assert said("王家和李家的人都说，这条路修好以后方便多了。") == [(None, "王家和李家的人")]
