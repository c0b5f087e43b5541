"""A local office written after a name (李明县长, 张伟区委书记, 刘洋区委副书记: the committee, 副 and the title, one
word or several to the segmenter) ends the name: the name is the speaker, the office the role, as with a title
before the name (县长李明). A committee's office with no name (区委书记处) stays a body.

Every sentence is made up; each expected speaker and role is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_county_head_after_the_name() -> None:
    assert said("李明县长表示，今年将加快建设农村公路。") == [("李明", "县长")]


def test_district_secretary_after_the_name() -> None:
    assert said("张伟区委书记说，“我们要把民生实事办好。”") == [("张伟", "区委书记")]


def test_district_deputy_secretary_in_three_words() -> None:
    assert said("刘洋区委副书记表示，今年全区将新增公办学位两千个。") == [("刘洋", "区委副书记")]


def test_deputy_county_head_after_the_name() -> None:
    assert said("王强副县长表示，今年全县将新建三座污水处理厂。") == [("王强", "副县长")]


def test_district_head_after_the_name() -> None:
    assert said("赵敏区长表示，老旧小区改造将于年底完成。") == [("赵敏", "区长")]


def test_title_before_the_name_unchanged() -> None:
    assert said("县长李明表示，今年将加快建设农村公路。") == [("李明", "县长")]


def test_secretariat_stays_a_body() -> None:
    assert said("区委书记处表示，今年将加快建设农村公路。") == [("区委书记处", None)]
