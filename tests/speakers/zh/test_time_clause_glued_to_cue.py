"""A Chinese clause of time a common noun of a person opens (证人|出庭作证时, 律师|接受采访时) is that person's own
doing, no part of who speaks, also where jieba reads 时 and the cue after it as one word (时说/n, 时称/n)."""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import said


def test_when_and_say_read_as_one_word_are_two() -> None:
    words = [t.word for t in segmenter.tag("证人出庭作证时说")]
    assert words[-2:] == ["时", "说"]


def test_a_witness_testifying_is_the_witness() -> None:
    assert said("证人出庭作证时说：“我看见他从后门走了。”") == [(None, "证人")]


def test_a_witness_after_the_quote() -> None:
    assert said("“我看见他从后门走了。”证人出庭作证时称。") == [(None, "证人")]


def test_a_party_appearing_in_court() -> None:
    assert said("当事人出庭时说：“我不同意调解。”") == [(None, "当事人")]


def test_a_named_witness_keeps_name_and_role() -> None:
    assert said("证人孙海出庭作证时说：“我看见他从后门走了。”") == [("孙海", "证人")]


def test_usual_words_of_time_stay_whole() -> None:
    assert [t.word for t in segmenter.tag("他平时说话很少")][:2] == ["他", "平时"]


def test_a_villager_going_home_read_as_a_noun() -> None:
    # (村民/n 回家/n 时/n: 回家 ends in 家 as 专家 does, and is no person)
    assert said("村民回家时说：“桥终于修好了。”") == [(None, "村民")]
