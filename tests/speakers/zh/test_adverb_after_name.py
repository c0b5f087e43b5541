"""An adverb after a Chinese name or organisation is no part of it.

An organisation or a party before a cue ends at the adverb after it (校方|一直坚持认为, 警方|随后通报称).

An adverb of degree after a name (张伟|很高兴) is never the last character of the name.
"""

from __future__ import annotations

from cqnews.enrich import segmenter
from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from tests.quote_helpers import said, speakers


def test_the_school_insisting_is_the_school() -> None:
    assert speakers("校方一直坚持认为，处理程序没有问题。") == ["校方"]


def test_the_police_then_reporting_is_the_police() -> None:
    assert speakers("警方随后通报称，嫌疑人已被抓获。") == ["警方"]


def test_an_office_whose_name_holds_a_verb_keeps_it() -> None:
    assert speakers("广东省应急管理厅表示，受灾路段已全面恢复通行。") == ["广东省应急管理厅"]


def test_very_is_not_part_of_the_name() -> None:
    assert [t.word for t in segmenter.tag("张伟很高兴地说")][:2] == ["张伟", "很"]


def test_the_glad_speaker_is_named_alone() -> None:
    quotes = find_quotes([Block(text="张伟很高兴地说：“我们终于赢了。”")], "zh")
    assert [q.speaker.name for q in quotes if q.speaker] == ["张伟"]


def test_a_quote_after_a_helpless_man_is_his() -> None:
    quotes = find_quotes([Block(text="看着被冲毁的农田，王明很无奈。“一年的收成都没了。”")], "zh")
    assert [q.speaker.name for q in quotes if q.speaker] == ["王明"]


def test_an_adverb_of_time_read_across_a_transliterated_name_ends_it() -> None:
    # (the segmenter reads 吕/特此/前: 此前 is the time word, 吕特 the name)
    quotes = find_quotes([Block(text="荷兰首相吕特此前说：“谈判还没有结束。”")], "zh")
    assert [(q.speaker.name, q.speaker.role) for q in quotes if q.speaker] == [("吕特", "荷兰首相")]


def test_a_captain_named_before_an_adverb_read_across_his_name() -> None:
    assert speakers("队长吕特此前表示，球队会全力以赴。") == ["吕特"]


def test_said_again_and_again_after_a_date_is_a_report() -> None:
    # (一再说: 说 after 一再 reports, unlike 再说 "besides"; the segmenter reads 一/再说 or 李华一/再说)
    assert speakers("去年五月，赵志刚一再说，工厂不会裁员。") == ["赵志刚"]
    assert speakers("三月份，李华一再说：“我们会按时交货。”") == ["李华"]


def test_a_transliteration_in_pieces_before_a_time_word_read_across_it() -> None:
    # (the segmenter reads 斯塔/默本/月初: 本月初 is the time word, 斯塔默 the whole name)
    quotes = find_quotes([Block(text="英国首相斯塔默本月初说：“谈判还没有结束。”")], "zh")
    assert [(q.speaker.name, q.speaker.role) for q in quotes if q.speaker] == [("斯塔默", "英国首相")]


def test_a_manner_read_apart_from_its_de_is_no_part_of_the_speaker() -> None:
    # jieba reads 不止一次/地 as two words: the adverbial of manner ends the speaker's phrase all the same.
    assert said("英国首相斯塔默不止一次地表示，今年经济增长将放缓至百分之二点四。") == [("斯塔默", "英国首相")]
    assert speakers("三月份，外交部长罗明不止一次地说：“我们将继续推进这项工作。”") == ["罗明"]
