"""What someone tells the reporter (李华告诉记者，王明…) is reported speech as what she says is: the people it
names are no antecedent of a later 他/她.

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_a_husband_named_in_what_she_told_the_reporter_is_no_she() -> None:
    text = "李华告诉记者，王明是她的丈夫。她说，丈夫每天早出晚归，很少休息。"
    assert speakers(text) == ["李华", "李华"]


def test_a_person_named_in_what_he_told_this_papers_reporter_is_no_he() -> None:
    text = "王强告诉本报记者，张伟是他的邻居。他说，邻居平时很照顾他们一家。"
    assert speakers(text) == ["王强", "王强"]


def test_a_father_named_in_what_he_said_is_no_later_he() -> None:
    text = "王明说，他的父亲李强当年是村里的老师。他说，父亲教了三十年书，从来没有请过假。"
    assert speakers(text) == ["王明", "王明"]


def test_a_wife_named_by_the_article_is_still_she() -> None:
    assert speakers("王明带着妻子李华回到老家。她说，这里的变化太大了，她都认不出来了。") == ["李华"]


def test_the_one_spoken_to_after_a_relative_clause_is_no_speaker() -> None:
    # 王明转身对身边的李华说: 身边的 describes 李华, the one 王明 speaks to; a relative clause opened by a preposition
    # before a name (与王明同住…的张伟) still names its head as the speaker.
    assert speakers("王明转身对身边的李华说：“这件事必须尽快解决。”") == ["王明"]
    assert speakers("与王明同住一个宿舍的张伟说：“这件事必须尽快解决。”") == ["张伟"]
