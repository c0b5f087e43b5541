"""A place before a noun of its residents (台中|市民, 高雄|市民, 新北|居民) and a person: jieba's model may read the
place apart (台/中) or glue the 市 of 市民 to it (高雄市/民); the role is the place and the noun whole, never
中市民, and the person's name never takes the 民 (民陈先生).

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_place_read_apart_before_citizens() -> None:
    assert said("台中市民林小姐说：“最近生意很差。”") == [("林小姐", "台中市民")]


def test_a_city_glued_to_the_first_character_of_citizens() -> None:
    assert said("高雄市民陈先生认为，房租又涨了不少。") == [("陈先生", "高雄市民")]


def test_a_place_before_residents() -> None:
    assert said("台中居民李先生说：“路太窄了。”") == [("李先生", "台中居民")]


def test_a_counted_citizen_is_no_place() -> None:
    assert said("一名市民对记者说：“路太窄了。”") == [(None, "一名市民")]
