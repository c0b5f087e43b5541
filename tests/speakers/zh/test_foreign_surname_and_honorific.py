"""A foreign surname jieba knows as one word and an honorific (杜邦先生, 马丁先生, 布朗女士): its first character is a
Chinese surname too, but the word is no surname and given name, so the honorific is kept (杜邦先生, not 杜邦) and the
surname is never cut in two (工程师|马丁先生, not 工程师马|丁先生). A Chinese full name still drops it (王明先生 -> 王明).

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_foreign_surname_after_a_description_keeps_its_honorific() -> None:
    assert said("法国游客杜邦先生表示，活动会照常举行。") == [("杜邦先生", "法国游客")]


def test_a_foreign_surname_alone_keeps_its_honorific() -> None:
    assert said("杜邦先生表示，活动会照常举行。") == [("杜邦先生", None)]


def test_a_foreign_surname_is_not_cut_after_a_job() -> None:
    assert said("工程师马丁先生认为，这座桥很安全。") == [("马丁先生", "工程师")]


def test_a_foreign_surname_of_a_woman() -> None:
    assert said("教师布朗女士说：“最近生意很差。”") == [("布朗女士", "教师")]


def test_a_chinese_full_name_still_drops_the_honorific() -> None:
    assert said("市民王明先生表示，活动会照常举行。") == [("王明", "市民")]
