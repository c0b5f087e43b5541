"""A name of three characters jieba cuts after two, reading its last with the adverb 直 ("keeps") after it as one
adverb of its dictionary (郑国/强直/摇头), before the verb of what the person does: the three characters are the
name. A true adverb after a name of two characters (一直, 简直, 径直) stays an adverb.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_a_three_character_name_before_a_gesture() -> None:
    assert speakers("郑国强直摇头：“这样下去不行。”") == ["郑国强"]
    assert speakers("陈建强直点头：“对，就是这样。”") == ["陈建强"]
    assert speakers("刘永强直叹气：“今年又白干了。”") == ["刘永强"]


def test_the_gesture_after_the_quote() -> None:
    assert speakers("“这样下去不行。”郑国强直摇头。") == ["郑国强"]


def test_a_true_adverb_after_a_two_character_name() -> None:
    assert speakers("王明一直摇头：“这样下去不行。”") == ["王明"]
    assert speakers("王明简直不敢相信：“这是真的吗？”") == ["王明"]
    assert speakers("李华径直走过来说：“你好。”") == ["李华"]
