"""A one-character verb that ends no given name (想, 看: ``personal_names_zh.NOT_GIVEN_VERBS``) and the result after
it, before a particle of aspect (想好了, 想通了), are one verb, whether jieba's model glued the verb to a name it does
not know (陈红想/nr 好/a 了) or read the two as a word the dictionary lacks (李明/想通/v 了, which the repair of a
name's last character glued to a verb read 李明想/通). A name's last character before a verb (欧阳明/远笑/着) is
still joined to the name.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import said


def test_think_and_settle_glued_to_the_name() -> None:
    assert said("陈红想好了说：“就这么办。”") == [("陈红", None)]


def test_think_and_see_through_read_as_one_verb() -> None:
    assert said("李明想通了说：“我同意搬迁。”") == [("李明", None)]


def test_the_verb_one_word() -> None:
    assert [t.word for t in segmenter.tag("李明想通了说")][:2] == ["李明", "想通"]


def test_last_character_of_a_name_before_a_verb_unchanged() -> None:
    assert [t.word for t in segmenter.tag("欧阳明远笑着说")][:2] == ["欧阳明远", "笑"]
