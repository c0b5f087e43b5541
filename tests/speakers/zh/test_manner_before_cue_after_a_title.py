"""A word of manner that stands right before a verb of saying with no 地 (郑重表示, 严肃指出), which jieba tags a
name after a title (局长|郑重/nr|表示), is how the holder of the title speaks, no name (Session 60: a speaker
郑重). Names that are adjectives standing so only with 地 (局长严明表示) stay names
(test_adjective_name_after_title).

Every sentence is made up; each expected speaker and role is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import speakers_in, text_said_in


def test_solemnly_after_a_bureau_head_names_no_one() -> None:
    assert text_said_in("县城管局局长郑重表示，这次整治绝不走过场。") == [
        ("这次整治绝不走过场。", None, "县城管局局长")
    ]


def test_sternly_after_a_director_names_no_one() -> None:
    assert text_said_in("区卫健委主任严肃指出，个别医院存在推诿病人的现象。") == [
        ("个别医院存在推诿病人的现象。", None, "区卫健委主任")
    ]


def test_solemnly_after_a_bare_title_is_the_head_named_before() -> None:
    assert speakers_in("市城管局局长王强出席会议。", "局长郑重表示，这次整治绝不走过场。") == ["王强"]


def test_a_name_of_manner_words_before_another_verb_stays_a_name() -> None:
    # 严正 reads as a manner only right before a cue: before 上任 ("took office") it is the mayor's name.
    assert text_said_in("市长严正上任后，他说，这座城市的交通必须改善。") == [("这座城市的交通必须改善。", "严正", None)]
