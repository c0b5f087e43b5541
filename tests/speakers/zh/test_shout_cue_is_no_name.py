"""A cue right after an unnamed description (示威者高喊“…”) is no name the description stands for: jieba tags 高喊
and 高叫 names (高 is a surname), so the description read 示威者 as "示威者 高喊" like 律师张伟. The speaker stays
unnamed, described; a person named by a noun before (市长李刚…这位市长) is still found."""

from __future__ import annotations

from tests.quote_helpers import said


def test_protester_shouting_is_unnamed() -> None:
    assert said("示威者高喊“还我家园”。") == [(None, "示威者")]


def test_villager_crying_out_is_unnamed() -> None:
    assert said("围观的村民高叫：“快救人！”") == [(None, "围观的村民")]


def test_noun_pointing_back_to_a_named_mayor() -> None:
    assert said("市长李刚当天到场查看。这位市长强调：“要尽快复工。”") == [("李刚", "这位市长")]
