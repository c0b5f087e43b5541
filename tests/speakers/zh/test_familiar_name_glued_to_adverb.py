"""老 or 小 and a surname that jieba reads as a name with the one-character adverb after it (老/郑直/nr 摇头,
小/郑忙/nr 摆手) before the verb of what the person does are the familiar name and an adverb: 老 and 小 stand
before a surname, not before a name of two characters.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_a_familiar_name_before_a_gesture_and_a_quote() -> None:
    assert speakers("老郑直摇头：“这样下去不行。”") == ["老郑"]
    assert speakers("小郑直摇头：“这样下去不行。”") == ["小郑"]
    assert speakers("老郑直摆手：“不用了，不用了。”") == ["老郑"]
    assert speakers("老郑忙摆手：“不用了，不用了。”") == ["老郑"]


def test_a_familiar_name_and_a_gesture_after_the_quote() -> None:
    assert speakers("“这样下去不行。”老郑直摇头。") == ["老郑"]


def test_an_adverb_jieba_reads_apart_still_reads() -> None:
    assert speakers("老郑也摇头：“这样下去不行。”") == ["老郑"]
