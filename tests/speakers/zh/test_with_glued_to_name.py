"""同 ("with") right after a name of two characters, before the person or the noun it joins (王毅同李华举行会谈时表示):
jieba's model glues it to the name (王毅同/nr). It is a preposition; the name before it speaks.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import said


def test_with_before_a_name_is_no_part_of_the_speaker() -> None:
    assert said("王毅同李华举行会谈时表示，双方应加强合作。") == [("王毅", None)]
    assert said("刘明同王芳见面时说：“我们好久不见了。”") == [("刘明", None)]
    assert said("张伟同李华通话时表示，双方将继续合作。") == [("张伟", None)]


def test_with_is_a_word_of_its_own_before_a_noun() -> None:
    assert [t.word for t in segmenter.tag("陈静同记者交谈")][:2] == ["陈静", "同"]


def test_a_name_ending_in_tong_before_a_verb_is_whole() -> None:
    assert segmenter.tag("张大同说")[0].word == "张大同"
