"""A count of countries or of the sides of a strait before a cue (两国外长, 两国总理, 两岸专家): the count is part of who
speaks, a description of people not named. jieba cuts 两国 apart (两|国外|长, 两|国|总理) and tags 两岸 a localiser,
so the numeral was dropped as a number and the rest misread (国外 read as a name, 国 as a body).

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_count_of_countries_before_a_title_is_an_unnamed_source() -> None:
    assert said("两国外长表示，双方将继续加强在能源领域的合作。") == [(None, "两国外长")]
    assert said("两国总理一致认为，应尽快重启自贸协定谈判。") == [(None, "两国总理")]
    assert said("三国外长在会后表示，将共同应对地区安全挑战。") == [(None, "三国外长")]


def test_a_count_of_sides_tagged_a_localiser_is_kept() -> None:
    assert said("两岸专家认为，民间交流有利于增进了解。") == [(None, "两岸专家")]


def test_the_counted_countries_alone_speak_as_a_description() -> None:
    assert said("两国表示，将于下月举行新一轮会谈。") == [(None, "两国")]


def test_a_title_of_two_characters_split_by_jieba_keeps_its_end() -> None:
    # jieba reads 两国外长 as 两|国外/s|长/a; the adjective 长 before the cue is no adverbial: 外长 is the title.
    assert said("中俄两国外长会谈后指出，双方立场高度一致。") == [(None, "中俄两国外长")]
