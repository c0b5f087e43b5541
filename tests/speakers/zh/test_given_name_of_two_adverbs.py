"""A given name of two characters that are adverbs read alone (未, 皆: 马未皆), after a title or a noun of a person:
jieba's model reads 马未/d 皆/d, or glues 人 of 媒体人 to the surname (人马/未/皆); before, the speaker was the title
alone or 资深媒体人马 (a name cut inside a word). Every sentence is made up; each expected value is read off it."""

from __future__ import annotations

from tests.quote_helpers import said


def test_given_name_of_two_adverbs_after_a_title() -> None:
    assert said("主持人马未皆说：“收藏这件事，急不得。”") == [("马未皆", "主持人")]
    assert said("局长马未皆在会上表示，明年将新建两所小学。") == [("马未皆", "局长")]


def test_given_name_of_two_adverbs_after_ren_glued_to_the_surname() -> None:
    assert said("资深媒体人马未皆说：“收藏这件事，急不得。”") == [("马未皆", "资深媒体人")]
    assert said("媒体人马未皆在节目中表示，收藏要量力而行。") == [("马未皆", "媒体人")]


def test_adverbs_of_the_dictionary_stay_adverbs() -> None:
    assert said("记者王华都说：“路修好了。”") == [("王华", "记者")]
    assert said("双方人马也都表示，愿意继续谈判。")[0][0] is None
