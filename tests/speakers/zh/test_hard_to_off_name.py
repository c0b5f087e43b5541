"""难 (hard to), which ends no given name, glued by jieba's model to a two-character name before a one-character verb
its dictionary does not join it to (周杰难/nr 掩/v: 难掩, can hardly hide), is read with that verb: the name ends
before it. A word of the dictionary read apart already (王芳|难抑) stays.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import said


def test_can_hardly_hide_excitement() -> None:
    assert said("周杰难掩兴奋地说：“我们终于成功了。”") == [("周杰", None)]


def test_can_hardly_hide_joy_before_biaoshi() -> None:
    assert said("郑伟难掩喜悦地表示：“产量又创新高。”") == [("郑伟", None)]


def test_the_verb_one_word() -> None:
    assert [t.word for t in segmenter.tag("周杰难掩兴奋地说")][:2] == ["周杰", "难掩"]


def test_word_of_the_dictionary_unchanged() -> None:
    assert [t.word for t in segmenter.tag("王芳难抑激动地说")][:2] == ["王芳", "难抑"]
