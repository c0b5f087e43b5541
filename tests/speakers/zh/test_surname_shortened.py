"""A person named again by the surname alone, in forms the segmenter reads badly: an adverb glued to it (陈续称:
陈/续), 氏 after the first character of a transliterated name (布氏 for 布林肯), and a 他 after a paragraph that
names the person in full, when the same surname alone is quoted later (陈形容).

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_adverb_glued_to_a_lone_surname() -> None:
    assert speakers_in(
        "立法会议员陈大文昨日在电台节目中表示，政府应该尽快出手。",
        "陈续称，“市民已经等了很久”。",
    ) == ["陈大文", "陈大文"]


def test_clan_mark_after_a_transliterated_name() -> None:
    assert speakers_in(
        "美国国务卿布林肯周三抵达北京。布林肯表示，双方应该加强沟通。",
        "布氏又称，美方不寻求冲突。",
    ) == ["布林肯", "布林肯"]


def test_he_is_the_full_name_not_the_surname_quoted_later() -> None:
    assert speakers_in(
        "财政司司长陈茂波今日发表网志。陈茂波在网志中指出，经济前景不明朗。",
        "陈茂波又说，政府会继续支持中小企。",
        "他续指，“我们有信心”。",
        "陈形容，经济已经见底。",
    ) == ["陈茂波", "陈茂波", "陈茂波", "陈茂波"]
