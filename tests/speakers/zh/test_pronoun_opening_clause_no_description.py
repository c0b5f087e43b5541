"""A clause whose subject is a 他/她 already (他一个人照看着三个孩子: "he alone") gives no unnamed description for a
later 他/她 to stand for: the pronoun and the words after it (一个人, "alone") are no one's role.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said, said_in


def test_he_alone_is_no_description() -> None:
    assert said("他一个人照看着三个孩子。他说：“日子总得过下去。”") == [(None, None)]
    assert said("她一个人住在山上。她说：“我习惯了。”") == [(None, None)]


def test_an_unnamed_person_before_still_stands_for_the_pronoun() -> None:
    assert said_in("一位环卫工人正在清扫街道。她说：“每天四点就起床。”") == [(None, "一位环卫工人")]
