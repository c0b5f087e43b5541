"""A pronoun then a verb with its object before the cue (他指着一片新房说) is the pronoun speaking."""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_he_pointing_at_houses_is_he() -> None:
    text = "村支书王德福带着记者走进村里。他指着一片新房说：“这些都是今年盖的。”"
    assert speakers(text) == ["王德福"]


def test_she_picking_up_her_phone_is_she() -> None:
    text = "护士长刘芳刚下夜班。她拿起手机说：“孩子还在等我回家。”"
    assert speakers(text) == ["刘芳"]


def test_his_wife_is_not_him() -> None:
    text = "王德福今年七十岁。他的妻子说：“他每天都去地里看看。”"
    assert speakers(text) != ["王德福"]
