"""Chinese speakers: function words next to a name or a clause with no subject (an adverb that is also a
surname, a preposition of manner, a verb jieba glues to a name, adverbs linking a clause to the one before).

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said, speakers


def test_an_adverb_that_is_also_a_surname_opens_no_name() -> None:
    # 曾/d 以短信形式: 曾 is "once", not the surname 曾; the clause has no subject, 李华 of the clause before speaks.
    assert speakers("李华站在路边，也曾以短信形式表示要退出比赛。") == ["李华"]
    assert speakers("李华站在路边，也曾数度以短信形式表示要退出比赛。") == ["李华"]  # (数度: several times)
    # 也曾数度以普通话: no name at all, the man counted in the clause before is the one who says it.
    assert said("邻居们围在门口，一名男子也曾数度以普通话表示要报警求助。") == [(None, "一名男子")]


def test_a_phrase_of_manner_after_the_speaker_is_no_part_of_the_name() -> None:
    # 以视频方式, 用英语: how the words were said, between the speaker and the cue.
    assert speakers("王明来到现场，他以视频方式表示，活动将如期举行。") == ["王明"]
    assert speakers("张伟用英语表示，比赛很精彩。") == ["张伟"]


def test_a_clause_linked_by_adverbs_goes_on_with_the_body_before() -> None:
    # 市卫生局发布通知，并表示…: 并 (and) and 同时 (at the same time) link the clause with no subject to the one
    # before, whose subject is a body.
    assert speakers("市卫生局发布通知，并表示将加强监管。") == ["市卫生局"]
    assert speakers("市卫生局发布通知，同时指出将加强对餐馆的检查。") == ["市卫生局"]


def test_a_given_name_ending_in_chuan_before_the_cue() -> None:
    # 谢礼/传说 (legend) to jieba: before a comma, 传 ends the name and 说 is the cue; the 他 after it is 谢礼传.
    assert speakers("谢礼传说，他的父亲谢智凤被埋在底下。他推测，大哥可能遇到了他们。") == ["谢礼传"]
