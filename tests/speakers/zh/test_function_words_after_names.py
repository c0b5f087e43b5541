"""Words of time and function words after a speaker, no part of the speaker: jieba's dictionary holds 今天上午 and
今天下午 as names (nr) and 上周五, 下周一, 上周末 as nouns or idioms, so they were read as the speaker or the end of
one (李华今天上午, 国家统计局上周五); 本 of 本月初 read apart or glued to the name (苹果公司/本, 李华本) is the time's; a
function word of the dictionary after a transliterated name read whole (史密斯/只是, 加兰/近日) is the sentence's, no
character of it the name's (梅里克·加兰只); 一再说 (said again and again) is no 一 and the conjunction 再说. Every sentence is made up; each expected speaker and role is read off the sentence."""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import said


def test_a_name_then_this_morning() -> None:
    assert said("李华今天上午透露，这件事与公司无关。") == [("李华", None)]


def test_an_organisation_then_this_afternoon() -> None:
    assert said("世界银行今天下午表示，今年经济增长将放缓。") == [("世界银行", None)]


def test_a_title_name_then_this_morning() -> None:
    assert said("张教授今天上午说：“我们将继续推进这项工作。”") == [("张教授", None)]


def test_this_morning_is_a_time_word() -> None:
    assert [(t.word, t.tag) for t in segmenter.tag("今天上午")] == [("今天上午", "t")]


def test_a_dotted_name_then_only() -> None:
    assert said("美国司法部长梅里克·加兰只是表示，调查仍在进行。") == [("梅里克·加兰", "美国司法部长")]


def test_a_dotted_name_then_recently() -> None:
    assert said("约翰·史密斯近日称：“这件事与公司无关。”") == [("约翰·史密斯", None)]


def test_a_dotted_name_then_this_morning() -> None:
    assert said("美国司法部长梅里克·加兰今天上午说：“我们将追究到底。”") == [("梅里克·加兰", "美国司法部长")]


def test_an_office_then_last_friday() -> None:
    assert said("国家统计局上周五表示，今年经济增长将放缓。") == [("国家统计局", None)]


def test_a_name_then_next_monday() -> None:
    assert said("老王下周一称：“我会去的。”") == [("老王", None)]


def test_a_company_then_last_weekend() -> None:
    assert said("苹果公司上周末表示，新品将推迟发布。") == [("苹果公司", None)]


def test_a_name_then_early_this_month() -> None:
    assert said("李华本月初表示，这件事与公司无关。") == [("李华", None)]


def test_a_company_then_early_this_month() -> None:
    assert said("苹果公司本月初说：“新品将推迟发布。”") == [("苹果公司", None)]


def test_a_dotted_name_then_early_this_month() -> None:
    assert said("约翰·史密斯本月初说：“我们不会让步。”") == [("约翰·史密斯", None)]


def test_said_again_and_again() -> None:
    assert said("世界银行一再说：“我们将继续推进这项工作。”") == [("世界银行", None)]


def test_said_again_and_again_is_one_adverb_and_a_verb() -> None:
    assert [(t.word, t.tag) for t in segmenter.tag("王明一再说")] == [("王明", "nr"), ("一再", "d"), ("说", "v")]
