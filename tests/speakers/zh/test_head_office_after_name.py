"""The title of a body's head or officer of three characters or more that the tables of titles lack (秘书长, 理事长,
副秘书长: ``titles_zh.OFFICE_ENDS``), written after a name, ends the name: the name is the speaker, the title the
role, as with the offices the tables hold (李明县长). The title alone (协会秘书长) names nobody by it.

Every sentence is made up; each expected speaker and role is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_secretary_general_after_the_name() -> None:
    assert said("王明秘书长说：“年会开得很成功。”") == [("王明", "秘书长")]


def test_deputy_secretary_general_after_the_name() -> None:
    assert said("孙丽副秘书长表示：“明年还要扩大规模。”") == [("孙丽", "副秘书长")]


def test_board_chair_after_the_name() -> None:
    assert said("陈建华理事长告诉记者：“会员已经超过三百家。”") == [("陈建华", "理事长")]


def test_title_before_the_name_unchanged() -> None:
    assert said("秘书长王明说：“年会开得很成功。”") == [("王明", "秘书长")]
