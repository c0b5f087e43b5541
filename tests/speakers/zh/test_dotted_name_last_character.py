"""A transliterated name with a dot whose last character jieba glues to the next character into a word of no
dictionary (彼得罗/娃转/推): the character is the name's, the rest the sentence's.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import said, speakers


def test_the_last_character_glued_to_a_verb_is_the_names() -> None:
    text = "总统安娜·彼得罗娃转推此文，并写道：“我们会继续合作。”"
    assert speakers(text) == ["安娜·彼得罗娃"]
    assert "安娜·彼得罗娃" in [t.word for t in segmenter.tag(text)]


def test_a_dictionary_verb_after_a_whole_part_stays_the_sentences() -> None:
    assert said("马丁·路德辩称：“我没有错。”") == [("马丁·路德", None)]
