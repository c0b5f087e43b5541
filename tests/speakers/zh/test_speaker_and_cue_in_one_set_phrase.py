"""A noun of a kind of person and the verb of saying after it that jieba's dictionary holds as one set phrase
(专家建议/l, 群众反映/i): the report had no cue at all, though 医生建议，… and 律师建议，… reported. The phrase is the
speaker and the cue. Every sentence is made up; each expected speaker and clause is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import reported_by, said


def test_experts_advise() -> None:
    assert reported_by("专家建议，市民出行前关注天气预报。") == [(None, "市民出行前关注天气预报。")]


def test_there_are_experts_who_advise() -> None:
    assert said("有专家建议，应加强对老年人的防诈宣传。") == [(None, "专家")]


def test_the_public_report() -> None:
    assert said("不少群众反映，小区垃圾清运不及时。") == [(None, "不少群众")]


def test_the_advice_as_a_noun_reports_nothing() -> None:
    assert reported_by("这些专家建议很有用。") == []
