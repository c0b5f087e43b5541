"""A quote opening its paragraph, then a clause of a topic (提到儿子，谈起当时的情景，: a verb of mentioning, its
object and a comma), then a person and how they feel: the verb of mentioning is no cue of the quote and the person
after the topic speaks it. Before, 提到 was taken as the quote's cue with no subject: no speaker."""

from __future__ import annotations

from tests.quote_helpers import direct_said


def test_person_after_a_topic_clause_speaks_the_quote() -> None:
    said = direct_said("“孩子的成绩提高了不少。”提到儿子，家长林女士十分欣慰。", language="zh")
    assert said == [("孩子的成绩提高了不少。", "林女士")]


def test_titled_person_after_a_topic_clause_speaks_the_quote() -> None:
    said = direct_said("“疫情期间，大家都不容易。”谈起当时的情景，社区主任马红梅至今仍很感动。", language="zh")
    assert said == [("疫情期间，大家都不容易。", "马红梅")]


def test_cue_after_the_topic_clause_keeps_its_speaker() -> None:
    said = direct_said("“我们村的路终于修好了。”说起这件事，村民黄德明笑着说。", language="zh")
    assert said == [("我们村的路终于修好了。", "黄德明")]
