"""A question put to someone named (张大爷问维修工小李：“…？”) is the asker's, never the one asked's, and a quote right
after it with no cue of its own is the answer of the one asked, in the same paragraph or opening the next; a quote
with a speaker of its own, or one after the writer's own paragraph, is read as before. Oneself asked (王明问自己) is
no one else.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said_in, speakers_in


def test_the_one_asked_answers_in_the_next_paragraph() -> None:
    assert speakers_in("张大爷问维修工小李：“你们什么时候能修好？”", "“最迟明天下午。”") == ["张大爷", "小李"]


def test_the_one_asked_answers_in_the_same_paragraph() -> None:
    assert speakers_in("记者问周涛：“当初为什么选择回乡创业？”“家乡需要年轻人，我也放不下这片茶园。”") == [None, "周涛"]


def test_the_reporter_asks_a_nurse_named_after_her_title() -> None:
    assert said_in("记者问护士刘红：“一天要看多少病人？”", "“少的时候二三十个，多的时候五六十个。”") == [
        (None, "记者"),
        ("刘红", "护士"),
    ]


def test_the_asker_and_the_one_asked_after_the_question() -> None:
    assert speakers_in("“一天要看多少病人？”记者问护士刘红。", "“少的时候二三十个。”")[1] == "刘红"


def test_a_husband_asked_answers_unnamed() -> None:
    assert said_in("王芳问丈夫：“孩子睡了吗？”", "“早就睡了。”") == [("王芳", None), (None, "丈夫")]


def test_asking_oneself_one_goes_on() -> None:
    assert speakers_in("王明问自己：“我能做什么？”", "“我能做的就是守好这片林子。”") == ["王明", "王明"]


def test_no_one_asked_the_speaker_goes_on() -> None:
    assert speakers_in("王明问：“今年收成怎么样？”", "“还不错，比去年多收了两成。”") == ["王明", "王明"]


def test_an_answer_with_its_own_speaker() -> None:
    assert speakers_in("赵刚问民警：“我的车什么时候能取？”", "“手续办完就能取。”值班民警孙浩说。") == ["赵刚", "孙浩"]


def test_after_a_paragraph_of_the_writer_nobody_answers() -> None:
    paragraphs = ("张大爷问维修工小李：“你们什么时候能修好？”", "第二天下午，线路终于修好了。", "“终于来电了！”")
    assert speakers_in(*paragraphs)[1] != "小李"
