"""A Yi name read by its sounds (吉克阿呷): jieba tags its first characters a transliteration (吉克阿/nrt) and reads the
last one as a verb (呷/v) right before the verb of saying, so the speaker lost the name's last character. A
one-character "verb" between such a name and a verb of saying ends the name. Every sentence is made up; each expected
name is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_yi_name_after_township_head() -> None:
    assert said("乡长吉克阿呷表示，全乡已经全部通电。") == [("吉克阿呷", "乡长")]


def test_foreign_name_before_a_one_character_cue_unchanged() -> None:
    assert said("特朗普称，关税明年将再次提高。") == [("特朗普", None)]
