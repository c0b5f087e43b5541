"""长 of a title after a unit's name (消防队长, 派出所长) that the segmenter glues to the surname after it (消防队/长张/强)
belongs to the title: the name is the surname and the given name after it. Every sentence is made up; each expected
speaker is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_fire_brigade_captain_after_the_quote() -> None:
    assert speakers("“我们已经尽力了，雨实在太大。”负责救援的消防队长张强说。") == ["张强"]


def test_fire_brigade_captain_before_the_quote() -> None:
    assert speakers("消防队长张强说：“我们已经尽力了，雨实在太大。”") == ["张强"]
