"""A name jieba splits before a one-character "verb" (李家/超) is whole before the colon that introduces a
quote (李家超：「…」), as before a verb of saying.

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import speakers


def test_a_name_before_a_colon_is_whole() -> None:
    assert speakers("李家超：「警方會嚴正執法，絕不姑息。」") == ["李家超"]


def test_the_segmenter_reads_the_name_as_one_word_before_a_colon() -> None:
    assert [t.word for t in segmenter.tag("李家超：")] == ["李家超", "："]


def test_a_verb_of_saying_before_a_colon_stays_a_verb() -> None:
    assert [t.word for t in segmenter.tag("王明说：")] == ["王明", "说", "："]


# A married name (the husband's surname before the woman's full name) that jieba cuts apart is one name.


def test_a_married_name_cut_in_three_is_one_name() -> None:
    assert speakers("特首林鄭月娥今早會見傳媒時表示，政府會全力處理此事。") == ["林鄭月娥"]


def test_a_married_name_cut_in_two_is_one_name() -> None:
    assert [t.word for t in segmenter.tag("葉劉淑儀今日表示")] == ["叶刘淑仪", "今日", "表示"]


def test_a_name_of_three_and_an_adverb_are_no_married_name() -> None:
    assert segmenter.tag("汤兰兰还说")[-2:][0].word == "还"


def test_a_preposition_before_a_name_is_no_surname() -> None:
    assert [t.word for t in segmenter.tag("向刘德华表示")] == ["向", "刘德华", "表示"]


def test_a_given_names_last_character_read_as_a_noun_ends_the_name() -> None:
    assert speakers("张大勇表示，今年全村收入增长了两成。") == ["张大勇"]


def test_a_family_is_no_given_name() -> None:
    assert [t.word for t in segmenter.tag("王明家表示")][:1] != ["王明家"]
