"""Titles jieba tags an adverb or an abbreviation (首相/d, 立委/j, 常委/j, 上校/j) opening a clause: read as a verb-like
word, the title was dropped from the role (首相黄明表示 -> no role) or glued to the name after it (立委李明 as one
"name"). They are nouns like 署长 and 处长: the title is the role, the name after it the speaker. Every sentence is
made up; each expected name and role is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_prime_minister_opening_the_clause() -> None:
    assert said("首相黄明表示，政府会检讨燃油津贴。") == [("黄明", "首相")]


def test_legislator_in_traditional_characters() -> None:
    assert said("立委李明批評，政府的說法不符事實。") == [("李明", "立委")]


def test_standing_committee_member() -> None:
    assert said("常委王强强调，各部门要压实责任。") == [("王强", "常委")]


def test_colonel_rank() -> None:
    assert said("上校张伟指出，训练强度还要加大。") == [("张伟", "上校")]


def test_title_after_a_country_keeps_its_owner() -> None:
    assert said("该国首相李明表示，政府会加强执法。") == [("李明", "该国首相")]


def test_title_after_the_name_still_read() -> None:
    assert said("李明上校表示，部队已完成演习。") == [("李明", "上校")]


def test_a_field_before_a_title_is_no_name() -> None:
    # 环保/j|部长, 体育/vn|部长: one word of the dictionary opening with no surname names the office's field
    assert said("环保部长表示，将进一步加强对企业排放的监管。") == [(None, "环保部长")]
    assert said("体育部长说：“场馆明年就能全部建好。”") == [(None, "体育部长")]


def test_a_name_that_is_a_word_before_a_title_stays_a_name() -> None:
    # 马力/n opens with a surname: a name as much as a word
    assert said("马力部长说：“场馆明年就能全部建好。”") == [("马力", "部长")]
