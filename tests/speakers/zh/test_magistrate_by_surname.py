"""Hong Kong papers name a magistrate by the surname and 官 once the full name is given (裁判官陳大文… 陳官指): 陳官 is
no name of its own but that person. A word of the dictionary ending in 官 (法官, 外交官) is no surname and title.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_the_magistrate_named_by_surname_is_the_one_named_before() -> None:
    assert speakers("裁判官陳大文今日判刑。陳官指，被告行為嚴重。") == ["陳大文"]


def test_the_magistrate_quoted_in_the_same_sentence() -> None:
    assert speakers("裁判官陳大文今日判刑，陳官指：「被告行為嚴重。」") == ["陳大文"]


def test_a_judge_unnamed_stays_a_description() -> None:
    assert speakers("法官指，被告行為嚴重。") == [None]


def test_the_premier_named_by_surname_and_kui_is_the_one_named_before() -> None:
    # (揆 of 閣揆: Taiwan papers name the premier so once the full name is given)
    assert speakers("行政院長蘇貞昌今日出席活動。蘇揆表示，政府會全力支援。") == ["蘇貞昌"]
