"""A Tibetan or Mongolian name of one part of two characters and an honorific (牧民扎西先生, 导游央金女士, 乌兰先生):
alone the part may be a word or a place (扎西/ns), but before 先生 or 女士 it is a person's whole name (no surname),
and the courtesy is dropped as after a full name (市民王明先生 -> 王明).

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_tibetan_name_after_a_description() -> None:
    assert said("牧民扎西先生表示，今年草场长得很好。") == [("扎西", "牧民")]


def test_a_tibetan_name_opening_the_sentence() -> None:
    assert said("扎西先生说：“今年草场长得很好。”") == [("扎西", None)]


def test_a_tibetan_name_of_a_woman_after_a_job() -> None:
    assert said("导游央金女士说：“这座寺庙很古老。”") == [("央金", "导游")]


def test_a_mongolian_name_alone() -> None:
    assert said("乌兰先生说：“草原很美。”") == [("乌兰", None)]
