"""Uyghur names written with an interpunct end in characters of transliterations only (吐尼亚孜, 肉孜): the last
character is the name's, not a word of the sentence left apart. Every sentence is made up; each expected speaker is
read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said, speakers


def test_a_name_ending_in_zi() -> None:
    assert speakers("艾尔肯·吐尼亚孜说，合作社今年新建了两座冷库。") == ["艾尔肯·吐尼亚孜"]


def test_a_name_ending_in_zi_after_a_title_and_before_a_place_phrase() -> None:
    assert said("县长艾尔肯·吐尼亚孜在会上表示，要加快发展特色林果业。") == [("艾尔肯·吐尼亚孜", "县长")]

