"""A transliterated name jieba cut before its last character (埃尔多/安) is whole before a date in figures (…安13日说),
as before a verb or a time word: no name holds a digit.

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_a_president_speaking_on_a_day() -> None:
    assert speakers("土耳其总统埃尔多安13日说，土方愿意为和谈提供帮助。") == ["埃尔多安"]


def test_a_name_before_a_day_and_a_place() -> None:
    assert speakers("埃尔多安5日在伊斯坦布尔表示，两国贸易额有望继续增长。") == ["埃尔多安"]
