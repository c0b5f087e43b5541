"""A foreigner named by a transliterated surname and an honorific (加西亚小姐, 穆勒先生) after a description of
them (负责人, 店主, 民众): the surname and the honorific are the person, the description the role, as 市民|王小姐.
No surname table holds such a surname, so the transliteration's characters mark it.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_manager_called_miss_garcia_is_miss_garcia() -> None:
    assert said("负责人加西亚小姐表示，活动会照常举行。") == [("加西亚小姐", "负责人")]


def test_a_shopkeeper_called_mister_muller_is_mister_muller() -> None:
    assert said("店主穆勒先生说：“最近生意很差。”") == [("穆勒先生", "店主")]


def test_a_member_of_the_public_called_miss_garcia_is_miss_garcia() -> None:
    assert said("民众加西亚小姐认为，政府应该多听意见。") == [("加西亚小姐", "民众")]


def test_a_chinese_surname_and_honorific_keeps_its_reading() -> None:
    assert said("市民王小姐表示，活动会照常举行。") == [("王小姐", "市民")]
