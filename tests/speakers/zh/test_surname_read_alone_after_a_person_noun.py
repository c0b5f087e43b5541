"""A surname of the table jieba reads alone (何/r) and its given name read as another word (建平/n), right after a
noun of a kind of person or a title (种粮大户, 村民), are one name whatever the verb after them, not only before a
verb of saying. Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_big_grower_smiles_before_speaking() -> None:
    assert said("看到记者，种粮大户何建平笑着迎了上来：“今年又是一个丰收年！”")[0][0] == "何建平"


def test_before_a_verb_of_saying_unchanged() -> None:
    assert said("种粮大户何建平说：“今年又是一个丰收年！”") == [("何建平", "种粮大户")]


def test_adverb_after_a_person_noun_is_no_given_name() -> None:
    assert said("村民何必要说：“路修好了。”")[0][0] != "何必"
