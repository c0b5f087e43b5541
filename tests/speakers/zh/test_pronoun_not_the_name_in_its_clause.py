"""A 他/她 is never the person its own clause names after it (他得知李红的经历后，称赞…: he learnt of her story; 他对李红
说: he spoke to her): such a name is no antecedent of the pronoun. A name written after the cue, inside what is
said, is no bar. Every sentence is made up; each expected speaker is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_he_who_learnt_of_her_story_is_not_her() -> None:
    got = speakers("换了几份工作，李红认识了现在的先生。他得知李红的经历后，称赞她很有勇气，做出了正确的决定。")
    assert got == [None]


def test_name_after_the_cue_is_no_bar() -> None:
    assert speakers("王明来到现场。他表示，王明基金会将继续捐款。") == ["王明"]
