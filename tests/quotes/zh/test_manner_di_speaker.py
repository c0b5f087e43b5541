"""A word of manner the segmenter reads with its 地 (冷冷地, 静静地) before 说 is how the speaker speaks, not who.

Every sentence is made up; the speakers are read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import speakers as _speakers


def test_a_cold_manner_before_shuo_is_no_part_of_the_name() -> None:
    assert _speakers("王明冷冷地说：“出去。”") == ["王明"]


def test_quiet_and_gentle_manners_before_shuo() -> None:
    assert _speakers("李秀兰静静地说：“都过去了。”") == ["李秀兰"]
    assert _speakers("张建国轻轻地说：“睡吧。”") == ["张建国"]


def test_a_manner_word_glued_to_its_di_after_a_body_is_no_part_of_it() -> None:
    # (the segmenter reads 坦率地 as one noun: the body ends before it all the same)
    assert _speakers("农业银行坦率地说：“利率还会下调。”") == ["农业银行"]
    assert _speakers("省教育厅坦率地表示，明年招生计划不变。") == ["省教育厅"]


def test_a_manner_word_glued_to_its_di_after_a_familiar_name() -> None:
    assert _speakers("老刘坦率地说：“这笔钱我还不上。”") == ["老刘"]


def test_di_glued_to_the_cue_after_an_idiom_of_manner() -> None:
    # (不止一次/地称: the 地 read with the cue, the idiom before it is how, not who)
    assert _speakers("老刘不止一次地称：“这笔钱我还不上。”") == ["老刘"]

