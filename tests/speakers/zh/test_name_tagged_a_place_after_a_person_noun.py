"""A name the segmenter tags a place (马建国/ns) right after a noun of a person (村民, 市民, 农民) is that person's
name, the noun the role: a surname of the tables and two characters, the last no place's end. A real place after
the noun (居民马鞍山: a mountain's name ends it) is no such name.

Every sentence is made up; each expected speaker and role is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_villager_named_after_the_noun() -> None:
    assert said("村民马建国说，今年的收成比去年好。") == [("马建国", "村民")]


def test_resident_of_a_city_named_after_the_noun() -> None:
    assert said("市民马建国表示，早高峰的公交车太挤了。") == [("马建国", "市民")]


def test_farmer_named_after_the_noun() -> None:
    assert said("农民马建国介绍，他家今年种了十亩玉米。") == [("马建国", "农民")]


def test_a_place_ending_in_a_mountain_is_no_name() -> None:
    assert said("居民马鞍山说，小区已经停水两天了。")[0][0] != "马鞍山"
