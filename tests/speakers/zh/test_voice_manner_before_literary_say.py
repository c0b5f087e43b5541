"""A manner of the voice and the literary verb of saying 道 (轻声道, 低声道, 沉声道) are a cue, however jieba's dictionary
cuts the three characters (an idiom 轻声道/i, a noun and a measure word 低声/n 道/q, a verb and the noun 声道 "sound
channel"). Every sentence is made up; each expected speaker is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_idiom_before_a_colon() -> None:
    assert said("老人轻声道：“别怕，天快亮了。”") == [(None, "老人")]


def test_noun_and_measure_word_after_a_quote() -> None:
    assert said("“别告诉别人。”老人低声道。") == [(None, "老人")]


def test_verb_and_sound_channel_after_a_name() -> None:
    assert said("王明沉声道：“这件事还没有完。”") == [("王明", None)]


def test_set_phrase_after_a_job() -> None:
    assert said("“欢迎下次再来。”服务员柔声道。") == [(None, "服务员")]


def test_in_unison_after_a_plural() -> None:
    assert said("“谢谢叔叔。”孩子们齐声道。") == [(None, "孩子们")]


def test_loud_voice_after_a_job() -> None:
    assert said("“大家快往外跑！”队长大声道。") == [(None, "队长")]


def test_street_and_sound_channel_are_no_cue() -> None:
    assert said("这条街道很干净。") == []
    assert said("音响的左声道坏了。") == []


def test_manner_glued_to_a_two_character_name() -> None:
    assert said("张丽细声道：“我有点饿了。”") == [("张丽", None)]
    assert said("李华朗声道：“我们赢了。”") == [("李华", None)]
