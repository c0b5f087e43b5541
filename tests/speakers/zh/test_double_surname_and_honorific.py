"""A double surname and an honorific after a description (艺人|东方先生, 市民|欧阳小姐, 店主|司马先生): the two
characters of the surname are the person's, never one of them the description's (艺人东|方先生), and the
surname alone is no full name whose honorific may be dropped (司马先生, not 司马).

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_double_surname_that_is_a_word_is_not_cut() -> None:
    assert said("街头艺人东方先生表示，声浪太大影响生意。") == [("东方先生", "街头艺人")]


def test_a_double_surname_after_a_description_is_whole() -> None:
    assert said("市民欧阳小姐认为，政府做得不好。") == [("欧阳小姐", "市民")]


def test_a_double_surname_keeps_its_honorific() -> None:
    assert said("店主司马先生说：“最近生意很差。”") == [("司马先生", "店主")]


def test_a_full_name_still_drops_the_honorific() -> None:
    assert said("市民王明先生表示，活动会照常举行。") == [("王明", "市民")]


def test_a_double_surname_that_is_a_word_before_a_manner_and_a_cue_names_the_speaker() -> None:
    # jieba: 东方/s 玉兰/nr 撇着/uz 嘴 说: the person pulls a face as she speaks.
    assert said("东方玉兰撇着嘴说：“算了，不说了。”") == [("东方玉兰", None)]
