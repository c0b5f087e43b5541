"""A name jieba splits into a lone surname and a given name (孙/建华, 刘/中年) ends where the predicate starts."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from tests.quote_helpers import speakers


def test_the_smoker_on_the_doorstep_is_named_alone() -> None:
    assert speakers("孙建华坐在门槛上抽着烟说：“今年收成不好。”") == ["孙建华"]


def test_a_given_name_jieba_reads_as_a_time_word() -> None:
    assert speakers("刘中年拿着工资条说，这个月又少了两百块。") == ["刘中年"]


def test_a_villager_named_after_his_role() -> None:
    quotes = find_quotes([Block(text="村民孙建华听完后说：“这事我们不答应。”")], "zh")
    assert [(q.speaker.name, q.speaker.role) for q in quotes if q.speaker] == [("孙建华", "村民")]


def test_a_preposition_that_is_also_a_surname_is_no_name() -> None:
    # 于 is a surname too; here it is a preposition, and the office speaks
    assert speakers("市教育局于昨日表示，新学校将于九月开学。") == ["市教育局"]


def test_a_word_before_an_aspect_particle_is_the_verb() -> None:
    # jieba leaves 叹 untagged as a verb; 了 after it shows it is one
    assert speakers("孙建华叹了口气说，今年收成不好。") == ["孙建华"]
