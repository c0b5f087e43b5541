"""A transliterated name jieba cut before its last character is whole before a preposition, a conjunction or an
adverb (…克|在声明中说, …斯|与王毅会谈时说, …克|还说), as before a verb; and a last character jieba reads as a measure
(蒂尔/克 "gram") is the name's too.

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_a_commissioner_in_a_statement() -> None:
    assert speakers("“这是一场悲剧。”联合国人权事务高级专员蒂尔克在声明中说。") == ["蒂尔克"]


def test_a_name_before_an_adverb() -> None:
    assert speakers("蒂尔克还说，各方应当立即停火。") == ["蒂尔克"]


def test_the_speaker_of_a_meeting_is_not_the_one_met() -> None:
    assert speakers("阿尔巴尼斯与王毅会谈时说，澳方愿同中方加强合作。") == ["阿尔巴尼斯"]


def test_a_name_before_a_listener() -> None:
    assert speakers("格罗西向媒体表示，核电站的局势仍然危险。") == ["格罗西"]
