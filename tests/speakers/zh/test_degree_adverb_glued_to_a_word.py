"""A word of the dictionary and an adverb of degree that jieba's model reads as one made-up name (前后|陈述较/nr|一致:
the statements rather agree) is no person: not a speaker, not the antecedent of the 她 after it. Every sentence
is made up; each expected speaker is read off the sentence."""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import said


def test_the_statements_are_no_name() -> None:
    words = [(t.word, t.tag) for t in segmenter.tag("前后陈述较一致的是，她说自己只记得一个人。")]
    assert ("陈述", "n") in words
    assert ("较", "d") in words


def test_she_is_the_woman_named_before() -> None:
    text = "王丽华接受过三次询问。前后陈述较一致的是，她说自己只记得一个人。"
    assert [name for name, _ in said(text)] == ["王丽华"]


def test_a_name_of_three_characters_stays_whole() -> None:
    # (a guard: 王建国 is no dictionary word and ends with no adverb)
    assert [name for name, _ in said("王建国更表示，自己只记得一个人。")] == ["王建国"]
