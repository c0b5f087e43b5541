"""A short name of a body jieba tags a person's name, before a title and the holder's name, in front of a frame of
time (卫福部长邱泰源受访时表示): no speaker, the holder is. Every sentence is made up (a TW ministry, a mainland
office); each expected speaker and role is read off it."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_minister_after_a_short_name_of_his_ministry() -> None:
    assert said("衛福部長邱泰源9日電話受訪時表示，疫苗數量充足。") == [("邱泰源", "衛福部長")]


def test_the_same_in_simplified_characters() -> None:
    assert said("卫福部长邱泰源今天受访时表示，疫苗数量充足。") == [("邱泰源", "卫福部长")]


def test_a_name_after_a_title_with_no_short_name_stays() -> None:
    assert said("国台办主任宋涛会见台商时表示，欢迎台胞来大陆发展。") == [("宋涛", "国台办主任")]
