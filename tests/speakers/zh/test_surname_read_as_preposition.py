"""A surname jieba reads as a preposition (向: towards, to) right after a noun of a kind of person, then a given name
of one or two characters that is no common noun nor pronoun, then the cue, is a name: the person the noun describes
speaks (农机手向立新说 -> 向立新, role 农机手). The one spoken to, a noun or a pronoun (村民向记者说, 李明向大家说),
stays the preposition's object.

Every sentence is made up; each expected speaker and role is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_given_name_read_as_an_adverb() -> None:
    assert said("农机手向立新说：“今年的麦子长得好。”") == [("向立新", "农机手")]


def test_given_name_of_one_character() -> None:
    assert said("种粮大户向红说：“补贴已经到账。”") == [("向红", "种粮大户")]


def test_the_one_spoken_to_a_noun() -> None:
    assert said("一位村民向记者说：“路修好了。”") == [(None, "一位村民")]


def test_the_one_spoken_to_a_pronoun() -> None:
    assert said("李明向大家说：“谢谢。”") == [("李明", None)]
