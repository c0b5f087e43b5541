"""A familiar name, 老 or 小 and a surname (老李, 小王), is a person's name as a surname and a given name are: what
the person does before the cue (指着河边, 红着眼睛) is no part of it, and a later 他/她 stands for them. Every
sentence is made up; each expected speaker is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_pointing_at_the_river_the_familiar_name_speaks() -> None:
    assert speakers("老李指着河边说：“这里以前很干净，夏天还能游泳。”") == ["老李"]


def test_a_villager_called_by_a_familiar_name_pointing() -> None:
    assert speakers("住在附近的村民老李指着河边说：“这里以前很干净，夏天还能游泳。”") == ["老李"]


def test_with_red_eyes_the_familiar_name_speaks() -> None:
    assert speakers("小王红着眼睛说：“我们等了整整一个晚上，没有人来。”") == ["小王"]
