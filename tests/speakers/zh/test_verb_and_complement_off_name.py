"""A one-character verb that ends no given name (看, 听), which jieba's model glues to a two-character name it does not
know (李华看/nr 完), and the one-character verb after it that makes one verb of the dictionary with it (看完, 听完:
the verb and its complement), are that verb: the name ends before it. A verb read apart already (李华|看到) stays.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import said


def test_name_before_look_and_finish() -> None:
    assert said("李华看完报告后说：“数据还要再核实。”") == [("李华", None)]


def test_name_before_listen_and_finish() -> None:
    assert said("王强听完汇报后表示：“这个方案可行。”") == [("王强", None)]


def test_the_verb_and_its_complement_one_word() -> None:
    words = [t.word for t in segmenter.tag("李华看完报告后说")]
    assert words[:2] == ["李华", "看完"]


def test_name_of_the_dictionary_read_apart_unchanged() -> None:
    words = [t.word for t in segmenter.tag("李华看到这一幕说")]
    assert words[:2] == ["李华", "看到"]
