"""Chinese speakers (zh29b): made-up sentences whose speaker is wrong by construction.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from .quote_helpers import said


def test_a_straight_closing_mark_is_no_part_of_the_next_speaker() -> None:
    # 王明说:"…"李华说:"…": the straight mark closing the first quote ends the clause before 李华.
    assert said('王明说:"我们明天出发。"李华说:"我不去。"') == [("王明", None), ("李华", None)]


def test_a_word_of_manner_before_shuo_is_no_part_of_the_name() -> None:
    # 坦白说 ("honestly"), 老实说: how the speaker says it, glued by the segmenter to the cue's 说.
    assert said("王明坦白说：“我错了。”") == [("王明", None)]
    assert said("李华老实说：“这次考试我没有准备好。”") == [("李华", None)]
