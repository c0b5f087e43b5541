"""A quote that opens by calling someone by name (“老张，…？”) and the answer that person gives in the next quote
(“好得很！”老张说): the call is said to them, so it does not take the answer's speaker."""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_a_call_by_name_is_not_the_answerers_words() -> None:
    assert speakers("“老张，你家的桃子今年收成咋样？”“好得很！”老张乐呵呵地说。") == [None, "老张"]
    assert speakers("“王老师，这道题怎么做？”“你先想想。”王老师笑着说。") == [None, "王老师"]


def test_two_quotes_before_one_speaker_are_both_theirs() -> None:
    assert speakers("“老张的桃子今年收成好。”“真是好得很！”老李笑着说。") == ["老李", "老李"]
