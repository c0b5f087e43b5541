"""A kind of person, then @ and the name of that person's account (网友@小美说): the account's name is the speaker,
the kind its role; before, the whole 网友@小美 was read as one name. Every sentence is made up; each expected value
is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_account_after_at_sign_is_the_name() -> None:
    assert said("网友@小美说：“太好看了！”") == [("小美", "网友")]
    assert said("“太好看了！”网友@小美说。") == [("小美", "网友")]


def test_kind_of_person_without_at_sign_in_the_role() -> None:
    assert said("网友@大鹏表示：“支持。”") == [("大鹏", "网友")]
