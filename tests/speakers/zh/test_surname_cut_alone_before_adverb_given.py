"""A surname jieba cuts alone (马/n) before a given name of two one-character adverbs (亦/d 都/d), after a noun of a
person, is a name of three characters: 主持人马亦都说 -> 马亦都 with role 主持人 (no person "主持人马")."""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import said


def test_the_host_with_adverb_given_name_is_named_whole() -> None:
    assert said("主持人马亦都说：“节目马上开始。”") == [("马亦都", "主持人")]


def test_the_name_is_one_word() -> None:
    assert "马亦都" in [t.word for t in segmenter.tag("主持人马亦都说")]


def test_the_reporter_at_the_scene_is_named_whole() -> None:
    assert said("记者马亦都在现场表示，节目马上开始。") == [("马亦都", "记者")]
