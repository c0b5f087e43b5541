"""The name a user goes by, in quote marks alone at a clause's start before the cue (“大红矛”表示, 据悉，“小雨点”称):
the name speaks, as after 网友“小雨点”; not words said after a colon (他说：“不知道”并表示…).

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_a_handle_opening_the_paragraph_speaks() -> None:
    assert speakers("“青山客”表示，他不会再参加这个节目。") == ["青山客"]


def test_a_handle_after_a_comma_speaks() -> None:
    assert speakers("昨天，“老刘”告诉记者，他已经搬离了小区。") == ["老刘"]


def test_words_said_after_a_colon_are_no_handle() -> None:
    assert "不知道" not in speakers("他说：“不知道”并表示，自己会去调查。")


def test_a_name_in_marks_before_a_verb_of_its_own_is_no_handle() -> None:
    # “整改”通报称: a document called by its name, the verb before the cue is its own; nobody named speaks.
    assert "整改" not in speakers("“整改”通报称，他严重违反纪律。")
